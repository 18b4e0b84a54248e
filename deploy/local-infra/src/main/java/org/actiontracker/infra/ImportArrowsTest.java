package org.actiontracker.infra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The drawing of a service's imports, made checkable from its main class files (read once per
 * class): a service's test extends this and lists its layers top down in its constructor. Each
 * layer may import only the layers below it, every class is in a layer, and no two packages
 * import each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ImportArrowsTest {

    private final String root;
    private final Map<String, String[]> layers = new LinkedHashMap<>();
    private final JavaClasses main;

    protected ImportArrowsTest(String rootPackage) {
        this.root = rootPackage;
        this.main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /**
     * The next layer down.
     *
     * @param packages subpackages of the root, ArchUnit style ({@code rest..} with its subpackages)
     */
    protected final void layer(String name, String... packages) {
        layers.put(name, Arrays.stream(packages).map(p -> root + "." + p).toArray(String[]::new));
    }

    /** Fails naming each import that runs up a layer. */
    @Test
    void layersOnlyImportTheLayersBelowThem() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        List<String> above = new ArrayList<>();
        for (Map.Entry<String, String[]> layer : layers.entrySet()) {
            architecture = architecture.layer(layer.getKey()).definedBy(layer.getValue());
        }
        for (String layer : layers.keySet()) {
            architecture = above.isEmpty() ? architecture.whereLayer(layer).mayNotBeAccessedByAnyLayer()
                    : architecture.whereLayer(layer).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            above.add(layer);
        }
        architecture.check(main);
    }

    /** Fails naming each class outside every layer, so that a new package cannot escape the check. */
    @Test
    void everyClassBelongsToALayer() {
        classes().should().resideInAnyPackage(layers.values().stream().flatMap(Arrays::stream)
                .toArray(String[]::new)).check(main);
    }

    /** Fails naming each cycle between packages, however indirect. */
    @Test
    void noPackagesImportEachOther() {
        slices().matching(root + ".(**)").should().beFreeOfCycles().check(main);
    }
}
