package org.actiontracker.plan.events.stream;


import org.actiontracker.support.problem.ApiException;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a subscriber stands in topic {@code plan-events}: for each partition, the offset of the next record it has
 * not yet seen. It is the SSE event id, written {@code 0:1042,1:988,2:1017} (partition:offset, comma-separated).
 * <p>
 * Offsets rather than the CloudEvent {@code sequence}: the sequence is the outbox position, assigned when a row is
 * inserted, so transactions committing out of insert order publish it out of order; a partition's offsets are the
 * order Kafka actually holds, on every plan-service instance alike.
 */
public final class StreamPosition {

    private static final int MAX_PARTITIONS = 1024;

    private final TreeMap<Integer, Long> nextOffsets;

    private StreamPosition(Map<Integer, Long> nextOffsets) {
        this.nextOffsets = new TreeMap<>(nextOffsets);
    }

    public static StreamPosition of(Map<Integer, Long> nextOffsets) {
        return new StreamPosition(nextOffsets);
    }

    /**
     * @param id an SSE event id this stream sent; {@code null} or blank for none
     * @return the position, or {@code null} when there is none to resume from
     * @throws ApiException 400 when the id is not one this stream sends
     */
    public static StreamPosition parse(String id, String field) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Map<Integer, Long> offsets = new TreeMap<>();
        String[] entries = id.trim().split(",", -1);
        if (entries.length > MAX_PARTITIONS) {
            throw invalid(field);
        }
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw invalid(field);
            }
            try {
                int partition = Integer.parseInt(entry.substring(0, colon));
                long offset = Long.parseLong(entry.substring(colon + 1));
                if (partition < 0 || offset < 0 || offsets.put(partition, offset) != null) {
                    throw invalid(field);
                }
            } catch (NumberFormatException e) {
                throw invalid(field);
            }
        }
        return new StreamPosition(offsets);
    }

    private static ApiException invalid(String field) {
        return ApiException.invalid(field, "not an id sent by this stream (expected partition:offset pairs such as"
                + " 0:12,1:7,2:30)");
    }

    public OptionalLong nextOffset(int partition) {
        Long offset = nextOffsets.get(partition);
        return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    public Map<Integer, Long> asMap() {
        return new TreeMap<>(nextOffsets);
    }

    /** The SSE id form. */
    @Override
    public String toString() {
        return nextOffsets.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(Collectors.joining(","));
    }
}
