package org.actiontracker.plan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actiontracker.events.Topics;
import org.actiontracker.infra.DevTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Measures how long an accepted write takes to become readable on Kafka, beside the raw produce-to-consume latency
 * of the same broker at the same rate, measured in the same run. Not a test: bench/event-latency.sh starts the
 * infrastructure and the service and runs this with their addresses.
 * <p>
 * Raw: a producer set up as the outbox relay's (acks=all, idempotent, linger.ms=0) sends a 1.5 KB record every
 * 1/rate s to a topic of its own; latency = consumer poll return - send(). Service: POST /actions/{id}/updates every
 * 1/rate s (open loop) over a set of actions; latency = a consumer reading the update.recorded event of the update
 * created - the 201 arriving (the write is accepted once its transaction committed, just before the 201 is sent).
 * Also shown: from the moment the POST was sent, which adds the request's own time.
 */
public final class EventLatencyBenchmark {

    private static final String RAW_TOPIC = "bench-raw-latency";
    private static final int ACTIONS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String api;
    private final String bootstrapServers;
    private final int rate;
    private final Duration warmUp;
    private final Duration measured;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String admin = DevTokens.mint("bench-admin", "Benchmark admin", null, null, "admin");

    private EventLatencyBenchmark(String api, String bootstrapServers, int rate, Duration warmUp, Duration measured) {
        this.api = api;
        this.bootstrapServers = bootstrapServers;
        this.rate = rate;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** Arguments: API base URL (http://host:port/api/v1), Kafka bootstrap servers, rate/s, seconds measured. */
    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        // The JIT needs about a minute of load before the service runs at full speed.
        int warmUpSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        new EventLatencyBenchmark(args[0], args[1], rate, Duration.ofSeconds(warmUpSeconds),
                Duration.ofSeconds(seconds)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Samples raw = measureRaw();
        ServiceSamples service = measureService();
        System.out.printf("%nEvent latency at %d writes/s for %ds (after %ds warm-up), broker %s, %d cores,"
                        + " load average %s%n", rate, measured.toSeconds(), warmUp.toSeconds(), bootstrapServers,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf("%-46s %8s %8s %8s %8s %8s%n", "", "count", "p50 ms", "p90 ms", "p99 ms", "max ms");
        raw.print("raw: produced -> readable (same broker)");
        service.acceptedToReadable.print("accepted POST (201) -> event readable");
        service.postToReadable.print("POST sent -> event readable");
        service.request.print("POST sent -> 201 received");
        double difference = service.acceptedToReadable.percentile(99) - raw.percentile(99);
        System.out.printf("%np99(accepted -> readable) - p99(raw) = %.1f ms (target <= 20 ms: %s)%n", difference,
                difference <= 20 ? "met" : "MISSED");
        System.out.printf("accepted %d of %d POSTs: %.1f writes/s (target %d/s); events never read %d%n",
                service.accepted, service.sent, service.accepted / (double) measured.toSeconds(), rate,
                service.unread);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private Samples measureRaw() throws Exception {
        createRawTopic();
        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        Samples samples = new Samples();
        AtomicInteger measuredFrom = new AtomicInteger(Integer.MAX_VALUE);
        try (TopicReader reader = new TopicReader(RAW_TOPIC, record -> {
            int sequence = Integer.parseInt(record.key());
            Long sent = sentAt.remove(sequence);
            if (sent != null && sequence >= measuredFrom.get()) {
                samples.add(System.nanoTime() - sent);
            }
        }); KafkaProducer<String, byte[]> producer = relayLikeProducer()) {
            reader.awaitAssigned();
            byte[] payload = new byte[1500];
            Arrays.fill(payload, (byte) 'x');
            int warmUpCount = (int) (rate * warmUp.toSeconds());
            measuredFrom.set(warmUpCount);
            paced(warmUpCount + (int) (rate * measured.toSeconds()), sequence -> {
                sentAt.put(sequence, System.nanoTime());
                producer.send(new ProducerRecord<>(RAW_TOPIC, Integer.toString(sequence), payload));
            });
            reader.awaitQuiet(() -> sentAt.isEmpty());
        }
        return samples;
    }

    private KafkaProducer<String, byte[]> relayLikeProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
    }

    private void createRawTopic() throws InterruptedException, ExecutionException {
        try (Admin kafkaAdmin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            kafkaAdmin.createTopics(List.of(new NewTopic(RAW_TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Posted(long sentAt, long respondedAt) {
    }

    private record ServiceSamples(Samples postToReadable, Samples acceptedToReadable, Samples request, int sent,
                                  int accepted, int unread) {
    }

    private ServiceSamples measureService() throws Exception {
        UUID organisation = create("/organisations", admin, Map.of("code", "LAT-" + shortId(), "name",
                "Latency Police " + shortId(), "kind", "POLICE_FORCE"));
        UUID source = create("/sources", admin, Map.of("title", "Latency report " + shortId()));
        create("/sources/" + source + "/recommendations", admin, Map.of("number", "1", "text", "Measure it"));
        String editor = DevTokens.mint("bench-editor", "Benchmark editor", null, organisation, "editor");
        UUID plan = create("/plans", editor, Map.of("organisationId", organisation, "sourceId", source,
                "title", "Latency plan"));
        List<UUID> actions = new ArrayList<>();
        for (int i = 0; i < ACTIONS; i++) {
            actions.add(create("/plans/" + plan + "/actions", editor, Map.of("recommendationNumber", "1",
                    "description", "Action " + i, "status", "IN_PROGRESS")));
        }

        Map<UUID, Long> readAt = new ConcurrentHashMap<>();
        Map<UUID, Posted> posted = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int warmUpCount = (int) (rate * warmUp.toSeconds());
        int total = warmUpCount + (int) (rate * measured.toSeconds());
        CountDownLatch answered = new CountDownLatch(total);
        try (TopicReader reader = new TopicReader(Topics.PLAN_EVENTS, record -> {
            long now = System.nanoTime();
            JsonNode event = readTree(new String(record.value(), StandardCharsets.UTF_8));
            if (event.path("type").asText().endsWith(".update.recorded")) {
                readAt.put(UUID.fromString(event.at("/data/resource/id").asText()), now);
            }
        })) {
            reader.awaitAssigned();
            List<UUID> measuredUpdates = new ArrayList<>();
            paced(total, sequence -> {
                UUID action = actions.get(sequence % actions.size());
                HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/actions/" + action + "/updates"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + editor)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"Benchmark\",\"text\":\"Update "
                                + sequence + "\"}")).build();
                long sentAt = System.nanoTime();
                sent.incrementAndGet();
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                    long respondedAt = System.nanoTime();
                    if (error == null && response.statusCode() == 201) {
                        UUID update = UUID.fromString(readTree(response.body()).path("id").asText());
                        posted.put(update, new Posted(sentAt, respondedAt));
                        if (sequence >= warmUpCount) {
                            synchronized (measuredUpdates) {
                                measuredUpdates.add(update);
                            }
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                    answered.countDown();
                });
            });
            answered.await(60, TimeUnit.SECONDS);
            reader.awaitQuiet(() -> measuredUpdates.stream().allMatch(readAt::containsKey));

            Samples postToReadable = new Samples();
            Samples acceptedToReadable = new Samples();
            Samples request = new Samples();
            int unread = 0;
            for (UUID update : measuredUpdates) {
                Posted post = posted.get(update);
                Long read = readAt.get(update);
                request.add(post.respondedAt() - post.sentAt());
                if (read == null) {
                    unread++;
                    continue;
                }
                postToReadable.add(read - post.sentAt());
                acceptedToReadable.add(read - post.respondedAt());
            }
            return new ServiceSamples(postToReadable, acceptedToReadable, request, total - warmUpCount,
                    measuredUpdates.size(), unread);
        }
    }

    private UUID create(String path, String token, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return UUID.fromString(readTree(response.body()).path("id").asText());
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Calls the action {@code count} times at the rate, on schedule whatever the answers (open loop). */
    private void paced(int count, Consumer<Integer> action) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger next = new AtomicInteger();
        scheduler.scheduleAtFixedRate(() -> {
            int sequence = next.getAndIncrement();
            if (sequence < count) {
                action.accept(sequence);
                done.countDown();
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        done.await();
        scheduler.shutdownNow();
    }

    /** A consumer of every partition of a topic, from its end, on a thread of its own. */
    private final class TopicReader implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread thread;
        private final CountDownLatch assigned = new CountDownLatch(1);
        private volatile boolean running = true;

        TopicReader(String topic, Consumer<ConsumerRecord<String, byte[]>> onRecord) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                    new StringDeserializer(), new ByteArrayDeserializer());
            thread = new Thread(() -> {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                assigned.countDown();
                while (running) {
                    consumer.poll(Duration.ofMillis(100)).forEach(onRecord);
                }
                consumer.close();
            }, "bench-reader-" + topic);
            thread.start();
        }

        void awaitAssigned() throws InterruptedException {
            assigned.await(30, TimeUnit.SECONDS);
        }

        /** Waits until the condition holds, for at most 30 s. */
        void awaitQuiet(BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    /** Latencies in nanoseconds, reported in milliseconds. */
    private static final class Samples {

        private final List<Long> nanos = new ArrayList<>();

        synchronized void add(long value) {
            nanos.add(value);
        }

        synchronized double percentile(int percent) {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = nanos.stream().sorted().toList();
            int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
            return sorted.get(index) / 1e6;
        }

        synchronized void print(String label) {
            double max = nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
            System.out.printf("%-46s %8d %8.1f %8.1f %8.1f %8.1f%n", label, nanos.size(), percentile(50),
                    percentile(90), percentile(99), max);
        }
    }
}
