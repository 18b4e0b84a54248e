package org.actiontracker.plan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180: fields separated by commas (or semicolons, as some spreadsheets export), quoted
 * fields may hold separators, doubled quotes and line breaks. Written by hand: a few lines.
 */
final class CsvReader {

    private CsvReader() {
    }

    static List<SourceLine> read(String content) {
        char separator = separator(content);
        List<SourceLine> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                lines.add(record(fields, recordLine, false));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty() || quoted) {
            fields.add(field.toString());
            lines.add(record(fields, recordLine, quoted));
        }
        return lines;
    }

    private static SourceLine record(List<String> fields, int lineNumber, boolean unterminated) {
        return SourceLine.classify(fields.stream().map(CellText::fromCell).toList(), lineNumber, unterminated);
    }

    /** The separator used on the first line: a semicolon only when it outnumbers commas there. */
    private static char separator(String content) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' && !quoted) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
