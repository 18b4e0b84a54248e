package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five published plans kept in the test resources (seeds/). */
enum Seed {
    HUMBERSIDE("humberside-police.txt"),
    NORTHUMBRIA("northumbria-police.txt"),
    CLEVELAND("cleveland-police.txt"),
    NORTHAMPTONSHIRE("northamptonshire-police.txt"),
    LEICESTERSHIRE("leicestershire-police.txt");

    private final String fileName;

    Seed(String fileName) {
        this.fileName = fileName;
    }

    String read() {
        try {
            return Files.readString(directory().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PlanDocument parse() {
        return new PlanDocumentParser().parse(read(), DocumentFormat.TEXT_EXPORT);
    }

    /** Tests run in plan-service/: the copies kept in its test resources. */
    static Path directory() {
        Path seeds = Path.of("src", "test", "resources", "seeds").toAbsolutePath();
        return Files.isDirectory(seeds) ? seeds : fail("The seed plans are missing: no directory " + seeds);
    }
}
