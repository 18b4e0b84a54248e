package org.actiontracker.plan.web;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.events.ChangeGeneration;
import org.actiontracker.plan.service.MatrixService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The national matrix page as last rendered for each audience, filter and viewer, as UTF-8 and gzipped. Rendering
 * and compressing 6,000 cells costs far more than sending them, and the matrix changes far less often than it is
 * read: a rendering is kept until a change is heard of ({@link ChangeGeneration}), the day turns, or
 * {@link WebConfig.MatrixCache#maxAge()} passes. Requests that arrive while a rendering is under way wait for it
 * rather than rendering the same again. A live page redraws the rows that changed from the database instead (see
 * {@code PublicPages.matrixRow}), so it never waits for this.
 */
@ApplicationScoped
public class MatrixPageCache {

    /** The page as sent to those who do not take gzip, and as sent to those who do. */
    public record Rendered(byte[] html, byte[] gzipped) {

        static Rendered of(String page) {
            byte[] html = page.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream(html.length / 8);
            try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
                gzip.write(html);
            } catch (IOException e) {
                throw new UncheckedIOException("Gzip into memory failed", e);
            }
            return new Rendered(html, gzipped.toByteArray());
        }
    }

    /** The header greets the viewer: each viewer has a rendering of their own. */
    private record Key(MatrixService.Audience audience, MatrixFilter filter, Viewer viewer, LocalDate day) {
    }

    private record Entry(long generation, Instant renderedAt, Uni<Rendered> rendering) {
    }

    private final ChangeGeneration changes;
    private final WebConfig.MatrixCache config;
    private final Clock clock;
    private final Map<Key, Entry> entries;

    public MatrixPageCache(ChangeGeneration changes, WebConfig config) {
        this.changes = changes;
        this.config = config.matrixCache();
        this.clock = Clock.systemUTC();
        int maxEntries = this.config.maxEntries();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public Uni<Rendered> get(MatrixService.Audience audience, MatrixFilter filter, Viewer viewer,
                             Supplier<Uni<String>> render) {
        Instant now = clock.instant();
        Key key = new Key(audience, filter, viewer, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.generation() != changes.current()
                    || entry.renderedAt().plus(config.maxAge()).isBefore(now)) {
                // The generation is read before the data: a change committed meanwhile leaves this rendering old.
                entry = new Entry(changes.current(), now, render.get().map(Rendered::of).memoize().indefinitely());
                entries.put(key, entry);
            }
        }
        Entry rendering = entry;
        return rendering.rendering().onFailure().invoke(() -> forget(key, rendering));
    }

    private void forget(Key key, Entry failed) {
        synchronized (entries) {
            entries.remove(key, failed);
        }
    }
}
