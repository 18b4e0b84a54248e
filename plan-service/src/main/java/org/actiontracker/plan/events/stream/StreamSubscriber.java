package org.actiontracker.plan.events.stream;

import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One SSE connection: its filter, its position in the topic, and the events written to it but not yet taken by
 * the HTTP response. Events reach it first from its replay (when it resumes) and then from the live feed; its
 * position drops any record it has already passed, so the hand-over neither loses nor repeats one.
 */
final class StreamSubscriber {

    private final StreamFilter filter;
    private final Sse sse;
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger();
    private final Object drained = new Object();
    /** Per partition, the offset of the next record this subscriber has not passed. */
    private final TreeMap<Integer, Long> nextOffsets = new TreeMap<>();
    private MultiEmitter<? super OutboundSseEvent> emitter;
    private String lastSentId;
    private volatile boolean open = true;

    StreamSubscriber(StreamFilter filter, Sse sse, int maxQueued) {
        this.filter = filter;
        this.sse = sse;
        this.maxQueued = maxQueued;
    }

    synchronized void attach(MultiEmitter<? super OutboundSseEvent> emitter) {
        this.emitter = emitter;
    }

    /** Takes the position to start from and tells the client it is subscribed. */
    synchronized void start(Map<Integer, Long> from) {
        nextOffsets.putAll(from);
        emitComment("connected");
    }

    /** Where a replay starts reading a partition; replaces what the client sent, e.g. when the log was truncated. */
    synchronized void restartPartitionAt(int partition, long offset) {
        nextOffsets.put(partition, offset);
    }

    synchronized long nextOffset(int partition) {
        return nextOffsets.getOrDefault(partition, 0L);
    }

    /** From the live feed, which must never wait for one client: a client this far behind is let go. */
    synchronized boolean offer(FeedEvent event) {
        if (!open) {
            return false;
        }
        if (queued.get() >= maxQueued) {
            // Closing makes the client reconnect with its Last-Event-ID and catch up from Kafka.
            close();
            return false;
        }
        pass(event);
        return true;
    }

    /** From a replay, which waits until the client has taken most of what was sent before. */
    void replay(FeedEvent event) throws InterruptedException {
        synchronized (drained) {
            while (open && queued.get() >= replayWindow()) {
                drained.wait(1_000);
            }
        }
        synchronized (this) {
            if (open) {
                pass(event);
            }
        }
    }

    /** Records up to these offsets were read (some may have been no plan event at all). */
    synchronized void advanceTo(Map<Integer, Long> positions) {
        positions.forEach((partition, offset) -> nextOffsets.merge(partition, offset, Math::max));
    }

    synchronized void heartbeat() {
        if (open && emitter != null) {
            emitComment("keep-alive");
        }
    }

    /** Called as the HTTP response takes each event. */
    void delivered() {
        if (queued.decrementAndGet() < replayWindow()) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    private int replayWindow() {
        return Math.max(1, maxQueued / 2);
    }

    boolean isOpen() {
        return open;
    }

    synchronized void close() {
        if (open) {
            open = false;
            synchronized (drained) {
                drained.notifyAll();
            }
            if (emitter != null) {
                emitter.complete();
            }
        }
    }

    private void pass(FeedEvent event) {
        if (event.offset() < nextOffset(event.partition())) {
            return;
        }
        nextOffsets.put(event.partition(), event.offset() + 1);
        if (filter.matches(event)) {
            lastSentId = currentId();
            emit(sse.newEventBuilder().id(lastSentId).name(event.type()).data(event.json()).build());
        }
    }

    /** A comment keeps proxies from closing an idle connection; its id saves a reconnecting client skipped work. */
    private void emitComment(String comment) {
        OutboundSseEvent.Builder builder = sse.newEventBuilder().comment(comment);
        String id = currentId();
        if (!id.equals(lastSentId)) {
            lastSentId = id;
            builder.id(id);
        }
        emit(builder.build());
    }

    private void emit(OutboundSseEvent event) {
        queued.incrementAndGet();
        emitter.emit(event);
    }

    private String currentId() {
        return StreamPosition.of(nextOffsets).toString();
    }
}
