package org.actiontracker.plan.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * The five published plans in the test resources (seeds/), with the figures the document layer's tests established
 * by reading each document (SeedPlansParsingTest; Leicestershire renumbered by the stalking catalogue).
 */
public enum SeedPlan {
    HUMBERSIDE("humberside-police.txt", "Humberside Police", 15, 40, 32, 17),
    NORTHUMBRIA("northumbria-police.txt", "Northumbria Police", 14, 33, 64, 33),
    CLEVELAND("cleveland-police.txt", "Cleveland Police", 14, 14, 0, 14),
    NORTHAMPTONSHIRE("northamptonshire-police.txt", "Northamptonshire", 15, 39, 37, 0),
    LEICESTERSHIRE("leicestershire-police.txt", "Leicestershire Police", 29, 29, 0, 15);

    final String fileName;
    final String organisationName;
    final int recommendations;
    public final int actions;
    final int datedUpdates;
    final int undatedUpdates;

    SeedPlan(String fileName, String organisationName, int recommendations, int actions, int datedUpdates,
             int undatedUpdates) {
        this.fileName = fileName;
        this.organisationName = organisationName;
        this.recommendations = recommendations;
        this.actions = actions;
        this.datedUpdates = datedUpdates;
        this.undatedUpdates = undatedUpdates;
    }

    int updates() {
        return datedUpdates + undatedUpdates;
    }

    String read() {
        try {
            return Files.readString(directory().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests run in plan-service/: the copies kept in its test resources. */
    static Path directory() {
        Path seeds = Path.of("src", "test", "resources", "seeds").toAbsolutePath();
        return Files.isDirectory(seeds) ? seeds : fail("The seed plans are missing: no directory " + seeds);
    }
}
