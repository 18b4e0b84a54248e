package org.actiontracker.plan.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of one plan table, from its header row, and the alignment of each data row onto
 * them. Exports lose cells (an empty cell dropped, a sub-point id merged into the next cell, a
 * header merged over two columns), so a row is aligned by what its cells hold, not only by
 * position: each cell scores how well it fits each column, and the best order-keeping alignment
 * wins, which for an intact row is the plain positional one.
 */
final class Layout {

    static final Pattern NUMBER_CELL = Pattern.compile("^0*(\\d{1,3})(?:\\.0*(\\d{1,3}))?[.)]?$");
    static final Pattern SUB_REF_CELL = Pattern.compile("^0*(\\d{1,3})\\.0*(\\d{1,3})$");
    private static final Pattern SUB_REF_THEN_TEXT = Pattern.compile("^(\\d{1,3}\\.\\d{1,3})\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern OPENS_WITH_SUB_REF = Pattern.compile("^\\d{1,3}\\.\\d{1,3}(\\s|$)");

    /** A shift (one missing cell and one dropped blank cell) must gain more than 1.5 to win. */
    private static final double MISSING_CELL = -1.0;
    private static final double DROPPED_BLANK_CELL = -0.5;
    private static final double DROPPED_FILLED_CELL = -6;

    private final List<ColumnRole> roles;
    private final List<String> headers;

    private Layout(List<ColumnRole> roles, List<String> headers) {
        this.roles = roles;
        this.headers = headers;
    }

    /**
     * Roles from the header; a blank header over sub-point ids is the sub-point column; sub-point
     * ids under no header of their own mean the header merged two columns, so one is put back.
     */
    static Layout infer(List<String> headerCells, List<List<String>> rows) {
        List<ColumnRole> roles = new ArrayList<>(headerCells.stream().map(HeaderVocabulary::roleOf).toList());
        List<String> headers = new ArrayList<>(headerCells);
        for (int i = 0; i < roles.size(); i++) {
            if (headers.get(i).isBlank() && mostlySubRefs(rows, i)) {
                roles.set(i, ColumnRole.SUB_REF);
            }
        }
        if (!roles.contains(ColumnRole.SUB_REF)) {
            int column = modalSubRefColumn(rows, roles);
            if (column >= 0) {
                roles.add(column, ColumnRole.SUB_REF);
                headers.add(column, "");
                int last = roles.size() - 1;
                if (roles.get(last) == ColumnRole.UNKNOWN && headers.get(last).isBlank()) {
                    roles.remove(last);
                    headers.remove(last);
                }
            }
        }
        return new Layout(List.copyOf(roles), List.copyOf(headers));
    }

    boolean has(ColumnRole role) {
        return roles.contains(role);
    }

    /** Rows narrower than this are not rows of the table (a legend, a header block, a cut). */
    static int minimumWidth(int headerWidth) {
        return Math.max(2, (int) Math.ceil(headerWidth * 0.6));
    }

    /** The update columns' headers, in order, as the period context of their entries. */
    List<String> updateHeaders() {
        List<String> updateHeaders = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == ColumnRole.UPDATE) {
                updateHeaders.add(headers.get(i));
            }
        }
        return updateHeaders;
    }

    /** A row's cell texts by role; update columns stay apart, in column order. */
    record AlignedRow(Map<ColumnRole, String> values, List<String> updates) {
        String get(ColumnRole role) {
            return values.getOrDefault(role, "");
        }
    }

    AlignedRow align(List<String> cells) {
        String[] byColumn = bestAlignment(cells);
        Map<ColumnRole, String> values = new HashMap<>();
        List<String> updates = new ArrayList<>();
        for (int j = 0; j < roles.size(); j++) {
            String value = byColumn[j] == null ? "" : byColumn[j];
            if (roles.get(j) == ColumnRole.UPDATE) {
                updates.add(value);
            } else if (!value.isBlank()) {
                values.merge(roles.get(j), value, (first, second) -> first + "\n\n" + second);
            }
        }
        return new AlignedRow(values, Collections.unmodifiableList(updates));
    }

    private enum Step { ASSIGN, SPLIT_SUB_REF, MISSING_CELL, DROP_CELL }

    /** Dynamic programming over (cells used, columns used); returns each column's text or null. */
    private String[] bestAlignment(List<String> cells) {
        int n = cells.size();
        int m = roles.size();
        double[][] score = new double[n + 1][m + 1];
        Step[][] step = new Step[n + 1][m + 1];
        for (double[] rowScores : score) {
            Arrays.fill(rowScores, Double.NEGATIVE_INFINITY);
        }
        score[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                double here = score[i][j];
                if (here == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (i < n && j < m) {
                    relax(score, step, i + 1, j + 1, here + fit(cells.get(i), roles.get(j)), Step.ASSIGN);
                }
                if (i < n && j + 1 < m && splitsIntoSubRef(cells.get(i), j)) {
                    relax(score, step, i + 1, j + 2, here + 4, Step.SPLIT_SUB_REF);
                }
                if (j < m) {
                    relax(score, step, i, j + 1, here + MISSING_CELL, Step.MISSING_CELL);
                }
                if (i < n) {
                    double dropped = cells.get(i).isBlank() ? DROPPED_BLANK_CELL : DROPPED_FILLED_CELL;
                    relax(score, step, i + 1, j, here + dropped, Step.DROP_CELL);
                }
            }
        }
        String[] byColumn = new String[m];
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (step[i][j]) {
                case ASSIGN -> byColumn[--j] = cells.get(--i);
                case SPLIT_SUB_REF -> {
                    var parts = SUB_REF_THEN_TEXT.matcher(cells.get(--i));
                    parts.matches();
                    byColumn[--j] = parts.group(2);
                    byColumn[--j] = parts.group(1);
                }
                case MISSING_CELL -> j--;
                case DROP_CELL -> i--;
            }
        }
        return byColumn;
    }

    private static void relax(double[][] score, Step[][] step, int i, int j, double candidate, Step how) {
        if (candidate > score[i][j]) {
            score[i][j] = candidate;
            step[i][j] = how;
        }
    }

    /** "12.3 Recognising ..." where a sub-point column is followed by its text column. */
    private boolean splitsIntoSubRef(String cell, int column) {
        ColumnRole next = roles.get(column + 1);
        return roles.get(column) == ColumnRole.SUB_REF
                && (next == ColumnRole.EVIDENCE || next == ColumnRole.ACTION)
                && SUB_REF_THEN_TEXT.matcher(cell).matches();
    }

    /** How well a cell's text fits a column: positive for a typical value, negative for an odd one. */
    private static double fit(String text, ColumnRole role) {
        if (text.isBlank()) {
            return 0;
        }
        boolean number = NUMBER_CELL.matcher(text).matches();
        boolean subRef = SUB_REF_CELL.matcher(text).matches();
        int length = text.length();
        return switch (role) {
            case REC_NUMBER -> number ? 3 : -4;
            case SUB_REF -> subRef ? 3 : -4;
            case STATUS -> length > 40 ? -3
                    : StatusVocabulary.read(text).status() != null || StatusVocabulary.percent(text) != null ? 2 : 0;
            case RAG -> StatusVocabulary.rag(text) != null && length <= 20 ? 2 : -3;
            case UPDATE_DATE, TARGET_DATE -> length > 40 ? -3 : DateExpressions.firstDate(text) != null ? 2 : -1;
            case PERCENT -> StatusVocabulary.percent(text) != null && length <= 10 ? 2 : -3;
            case OWNER -> number ? -2 : length <= 80 ? 1 : length <= 150 ? 0 : -3;
            case DOCUMENTS -> length <= 300 || text.contains("http") ? 0.5 : -1;
            case UNKNOWN -> -1;
            case REC_TEXT, EVIDENCE, ACTION, UPDATE -> number ? -2 : length >= 40 ? 1 : 0.2;
        };
    }

    private static boolean mostlySubRefs(List<List<String>> rows, int column) {
        long filled = 0;
        long subRefs = 0;
        for (List<String> row : rows) {
            if (column < row.size() && !row.get(column).isBlank()) {
                filled++;
                if (OPENS_WITH_SUB_REF.matcher(row.get(column)).find()) {
                    subRefs++;
                }
            }
        }
        return filled > 0 && subRefs * 2 >= filled;
    }

    /** The column where most rows hold a sub-point id, when at least half the rows do; else -1. */
    private static int modalSubRefColumn(List<List<String>> rows, List<ColumnRole> roles) {
        Map<Integer, Integer> rowsByColumn = new HashMap<>();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                boolean numberColumn = i < roles.size() && roles.get(i) == ColumnRole.REC_NUMBER;
                if (!numberColumn && OPENS_WITH_SUB_REF.matcher(row.get(i)).find()) {
                    rowsByColumn.merge(i, 1, Integer::sum);
                    break;
                }
            }
        }
        return rowsByColumn.entrySet().stream()
                .filter(entry -> entry.getValue() >= 2 && entry.getValue() * 2 >= rows.size())
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }
}
