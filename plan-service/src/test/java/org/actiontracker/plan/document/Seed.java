package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five published plans in shared/seeds, found by walking up from the working directory. */
enum Seed {
    HUMBERSIDE("000_633da9ae9b47f8ff.txt"),
    NORTHUMBRIA("001_df544b097732360f.txt"),
    CLEVELAND("002_4d7544617f3288fd.txt"),
    NORTHAMPTONSHIRE("003_378b2abd87b4fcb5.txt"),
    LEICESTERSHIRE("004_fcf03e3aaccf174b.txt");

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

    static Path directory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return seeds;
            }
        }
        return fail("The seed plans were not found: no directory shared/seeds in " + start
                + " or any directory above it. The tests need the published plans there.");
    }
}
