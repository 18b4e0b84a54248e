package org.actiontracker.plan.service;

import java.util.List;
import java.util.function.Function;

/** One page of a list with the totals a client needs to page through it. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageResult<T> of(List<T> items, PageRequest request, long totalItems) {
        long pages = (totalItems + request.size() - 1) / request.size();
        return new PageResult<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
