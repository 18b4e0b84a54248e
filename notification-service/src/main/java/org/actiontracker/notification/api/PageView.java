package org.actiontracker.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of results and the totals")
public record PageView<T>(
        List<T> items,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Page size asked for") int size,
        @Schema(description = "Matches over all pages") long totalItems,
        @Schema(description = "Pages at this size") int totalPages) {

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
