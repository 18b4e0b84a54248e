package org.actiontracker.plan.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A Server-Sent Events client as a browser's EventSource would be: it reads the stream on a thread of its own and
 * keeps every frame, comments included. Closing it drops the connection.
 */
public final class SseConnection implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile InputStream body;
    private volatile int status;
    private volatile boolean closed;

    /** One SSE frame: an event (with data) or a comment, and the id it carried, if any. */
    public record Frame(String id, String event, String data, String comment) {
    }

    private SseConnection(HttpRequest request) {
        reader = new Thread(() -> read(request), "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseConnection open(URI uri, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseConnection(request.build());
    }

    /** Waits for the server's first comment: from then on, every new event reaches this client. */
    public SseConnection awaitConnected() {
        await().atMost(PlanEventsTopic.WAIT).until(() -> (status != 0 && status != 200) || frames.stream().anyMatch(
                frame -> "connected".equals(frame.comment())));
        if (status != 200) {
            throw new AssertionError("The stream answered " + status);
        }
        return this;
    }

    public List<Frame> events() {
        return frames.stream().filter(frame -> frame.data() != null).toList();
    }

    public List<Frame> awaitEvents(Predicate<Frame> filter, int count) {
        await().atMost(PlanEventsTopic.WAIT).until(() -> events().stream().filter(filter).count() >= count);
        return events().stream().filter(filter).toList();
    }

    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            body = response.body();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                parse(lines);
            }
        } catch (IOException e) {
            if (!closed) {
                throw new IllegalStateException("The event stream failed", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The event stream format of the HTML standard, as far as this server uses it. */
    private void parse(BufferedReader lines) throws IOException {
        String id = null;
        String event = null;
        StringBuilder data = null;
        String comment = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty()) {
                if (id != null || event != null || data != null || comment != null) {
                    frames.add(new Frame(id, event, data == null ? null : data.toString(), comment));
                }
                id = null;
                event = null;
                data = null;
                comment = null;
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "" -> comment = value;
                case "id" -> id = value;
                case "event" -> event = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> {
                    // retry and unknown fields do not matter here
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (body != null) {
                body.close();
            }
        } catch (IOException e) {
            // the connection is being dropped anyway
        }
        reader.interrupt();
    }
}
