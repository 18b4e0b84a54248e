package org.actiontracker.plan.web;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.OrganisationKind;
import org.actiontracker.plan.domain.Rag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the national coordinator narrowed the matrix to; unknown values are ignored, as a filter form may be old. */
public record MatrixFilter(ActionStatus status, Rag rag, boolean overdueOnly, boolean staleOnly,
                           OrganisationKind kind) {

    public static MatrixFilter of(String status, String rag, String overdue, String stale, String kind) {
        return new MatrixFilter(parse(ActionStatus.class, status), parse(Rag.class, rag), "true".equals(overdue),
                "true".equals(stale), parse(OrganisationKind.class, kind));
    }

    public boolean keeps(MatrixPage.Cell cell) {
        return (status == null || status.name().equals(cell.status()))
                && (rag == null || rag.name().equals(cell.rag()))
                && (!overdueOnly || cell.overdue())
                && (!staleOnly || cell.stale());
    }

    public boolean keeps(MatrixPage.Column column) {
        return kind == null || kind.name().equals(column.kind());
    }

    /** The filter as a query string, for the CSV link. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "status", status == null ? null : status.name());
        add(parts, "rag", rag == null ? null : rag.name());
        add(parts, "overdue", overdueOnly ? "true" : null);
        add(parts, "stale", staleOnly ? "true" : null);
        add(parts, "kind", kind == null ? null : kind.name());
        return String.join("&", parts);
    }

    public List<String> statuses() {
        return List.of(ActionStatus.values()).stream().map(Enum::name).toList();
    }

    public List<String> rags() {
        return List.of(Rag.values()).stream().map(Enum::name).toList();
    }

    public List<String> kinds() {
        return List.of(OrganisationKind.values()).stream().map(Enum::name).toList();
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
