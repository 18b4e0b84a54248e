package org.actiontracker.plan.service;

import io.quarkus.panache.common.Sort;
import org.actiontracker.support.problem.ApiException;

import java.util.Map;

/**
 * A page of a list, and its order. {@code sort} is a comma-separated list of API field names, each
 * optionally prefixed by {@code -} for descending; only the fields a list allows are accepted.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int MAX_SIZE = 500;

    /**
     * @param allowed API field name to entity attribute
     */
    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> allowed,
                                 String defaultSort) {
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? 20 : size;
        if (pageIndex < 0) {
            throw ApiException.invalid("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ApiException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(pageIndex, pageSize, parseSort(sort == null || sort.isBlank() ? defaultSort : sort,
                allowed));
    }

    private static Sort parseSort(String sort, Map<String, String> allowed) {
        Sort result = null;
        for (String part : sort.split(",")) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            if (descending) {
                field = field.substring(1);
            }
            String attribute = allowed.get(field);
            if (attribute == null) {
                throw ApiException.invalid("sort", "cannot sort by '" + field + "'; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        // A unique tie-breaker keeps pages stable when sort values repeat.
        return result.and("id");
    }
}
