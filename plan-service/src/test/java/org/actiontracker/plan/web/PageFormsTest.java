package org.actiontracker.plan.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** The pages' CSRF check applies to the methods marked {@link PageForm}: none that takes a form may lack it. */
class PageFormsTest {

    private static final JavaClasses PAGES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.actiontracker.plan.web");

    @Test
    void everyPageMethodThatChangesStateHasItsCsrfTokenVerified() {
        methods().that().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(PATCH.class).or().areAnnotatedWith(DELETE.class)
                .should().beAnnotatedWith(PageForm.class)
                .check(PAGES);
    }
}
