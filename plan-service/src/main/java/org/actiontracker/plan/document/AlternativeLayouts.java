package org.actiontracker.plan.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans published without one table row per action, rewritten as the lines of such a table so the
 * interpreter reads them as any other: a small two-column table per action (field names on the left,
 * "Recommendation:", "Force update:", "Status:"), or a heading per recommendation ("Recommendation 7: ...")
 * followed by the force's response in paragraphs. Tried only when the document holds no plan table.
 */
final class AlternativeLayouts {

    private static final Pattern RECOMMENDATION_HEADING = Pattern.compile(
            "^(?i:rec(?:ommendation)?\\.?\\s*(?:no\\.?|number)?)\\s*0*(\\d{1,3})(?:\\s*[.:)–-]\\s*|\\s*$)(.*)$", Pattern.DOTALL);
    private static final String NUMBER_HEADER = "Rec. No.";

    private AlternativeLayouts() {
    }

    /** The lines as one plan table, or null when neither layout is found. */
    static List<SourceLine> rewrite(List<SourceLine> lines) {
        List<SourceLine> keyValue = keyValueTables(lines);
        return keyValue != null ? keyValue : headedSections(lines);
    }

    /** Each run of two-cell rows whose left cells are known column names, one action. */
    private static List<SourceLine> keyValueTables(List<SourceLine> lines) {
        List<Map<String, String>> records = new ArrayList<>();
        List<Integer> recordLines = new ArrayList<>();
        Map<String, String> current = null;
        List<SourceLine> before = new ArrayList<>();
        for (SourceLine line : lines) {
            boolean field = line.kind() == SourceLine.Kind.ROW && line.cells().size() == 2
                    && HeaderVocabulary.roleOf(line.cells().get(0)) != ColumnRole.UNKNOWN;
            if (field) {
                String key = line.cells().get(0).strip().replaceAll("[:*]+$", "").strip();
                if (current == null || current.containsKey(key)) {
                    current = new LinkedHashMap<>();
                    records.add(current);
                    recordLines.add(line.lineNumber());
                }
                current.merge(key, line.cells().get(1), (first, second) -> first + "\n\n" + second);
            } else {
                if (line.kind() == SourceLine.Kind.BREAK) {
                    current = null;
                }
                if (records.isEmpty()) {
                    before.add(line);
                }
            }
        }
        records.removeIf(record -> record.keySet().stream().map(HeaderVocabulary::roleOf)
                .noneMatch(role -> role == ColumnRole.REC_TEXT || role == ColumnRole.REC_NUMBER));
        if (records.isEmpty()) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        records.forEach(record -> keys.addAll(record.keySet()));
        List<SourceLine> table = new ArrayList<>(before);
        table.add(SourceLine.pageBreak(recordLines.get(0)));
        table.add(SourceLine.row(List.copyOf(keys), recordLines.get(0), false));
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            table.add(SourceLine.row(keys.stream().map(key -> record.getOrDefault(key, "")).toList(),
                    recordLines.get(i), false));
        }
        table.add(SourceLine.pageBreak(recordLines.get(recordLines.size() - 1)));
        return table;
    }

    /** "Recommendation 7: text" headings (or bold paragraphs), each followed by the response. */
    private static List<SourceLine> headedSections(List<SourceLine> lines) {
        List<SourceLine> table = new ArrayList<>();
        String number = null;
        String text = null;
        int lineNumber = 0;
        StringBuilder response = new StringBuilder();
        for (SourceLine line : lines) {
            Matcher heading = line.kind() == SourceLine.Kind.HEADING || line.kind() == SourceLine.Kind.TEXT
                    ? RECOMMENDATION_HEADING.matcher(line.text()) : null;
            if (heading != null && heading.matches() && (line.kind() == SourceLine.Kind.HEADING || line.text().length() <= 400)) {
                if (number != null) {
                    table.add(row(number, text, response, lineNumber));
                } else {
                    table.add(SourceLine.pageBreak(line.lineNumber()));
                    table.add(SourceLine.row(List.of(NUMBER_HEADER, "Recommendation", "Update"), line.lineNumber(), false));
                }
                number = heading.group(1);
                text = heading.group(2).strip();
                lineNumber = line.lineNumber();
                response.setLength(0);
            } else if (number == null) {
                table.add(line);
            } else if (line.kind() == SourceLine.Kind.TEXT || line.kind() == SourceLine.Kind.HEADING) {
                if (text.isEmpty()) {
                    text = line.text();
                } else {
                    response.append(response.isEmpty() ? "" : "\n\n").append(line.text());
                }
            }
        }
        if (number == null) {
            return null;
        }
        table.add(row(number, text, response, lineNumber));
        return table;
    }

    private static SourceLine row(String number, String text, StringBuilder response, int lineNumber) {
        return SourceLine.row(List.of(number, text, response.toString()), lineNumber, false);
    }
}
