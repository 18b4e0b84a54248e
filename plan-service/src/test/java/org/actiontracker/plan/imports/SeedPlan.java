package org.actiontracker.plan.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * The five published plans in shared/seeds, with the figures the document layer's tests established
 * by reading each document (SeedPlansParsingTest; Leicestershire renumbered by the stalking catalogue).
 */
public enum SeedPlan {
    HUMBERSIDE("000_633da9ae9b47f8ff.txt", "Humberside Police", 15, 40, 32, 17),
    NORTHUMBRIA("001_df544b097732360f.txt", "Northumbria Police", 14, 33, 64, 33),
    CLEVELAND("002_4d7544617f3288fd.txt", "Cleveland Police", 14, 14, 0, 14),
    NORTHAMPTONSHIRE("003_378b2abd87b4fcb5.txt", "Northamptonshire", 15, 39, 37, 0),
    LEICESTERSHIRE("004_fcf03e3aaccf174b.txt", "Leicestershire Police", 29, 29, 0, 15);

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

    static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return seeds;
            }
        }
        return fail("No directory shared/seeds in " + start + " or above it: the seed plans are needed");
    }
}
