package org.actiontracker.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test documents under src/test/resources/documents. */
final class Fixture {

    private Fixture() {
    }

    static String read(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
