package org.actiontracker.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The national matrix as filtered: recommendations down, organisations across, each slot the organisation's actions
 * on that recommendation that pass the filters.
 */
public record MatrixPage(String sourceTitle, LocalDate asOf, List<Column> organisations, List<Line> lines,
                         MatrixFilter filter, int cellsShown, String csvUrl, String liveUrl) {

    public record Column(UUID id, String name, String kind, UUID planId) {
    }

    /** Counts are the service's, over every organisation the viewer may read. */
    public record Line(String number, String text, int organisations, int complete, int onTrack, int overdue,
                       int stale, List<Slot> slots) {
    }

    public record Slot(Column organisation, List<Cell> cells) {
    }

    public record Cell(UUID actionId, String status, String rag, LocalDate targetDate, LocalDate latestUpdateOn,
                       boolean overdue, boolean stale) {

        public String ragClass() {
            return rag == null ? "none" : rag.toLowerCase();
        }

        public String ragText() {
            return rag == null ? "No RAG" : rag.charAt(0) + rag.substring(1).toLowerCase();
        }
    }
}
