package org.actiontracker.plan.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word/Excel text exports: one row per line, cells separated by tabs, HTML fragments in cells. */
final class TextExportReader {

    private static final Pattern HEADING_MARK = Pattern.compile("^(#{1,6}\\s+|\\*\\*)");
    private static final Pattern OPENING_TAG = Pattern.compile("<(p|ul|ol|li|div|table)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_TAG = Pattern.compile("</(p|ul|ol|li|div|table)>", Pattern.CASE_INSENSITIVE);

    private TextExportReader() {
    }

    static List<SourceLine> read(String content) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        int lastFilled = lastFilledLine(lines);
        List<SourceLine> result = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = i + 1;
            if (line.indexOf('\t') < 0) {
                result.add(textLine(line, lineNumber));
            } else {
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(CellText::fromCell).toList();
                result.add(SourceLine.classify(cells, lineNumber, i == lastFilled && hasUnclosedTag(line)));
            }
        }
        return result;
    }

    private static SourceLine textLine(String line, int lineNumber) {
        Matcher heading = HEADING_MARK.matcher(line.strip());
        String text = CellText.fromCell(line.replace("**", "").replaceFirst("^\\s*#{1,6}\\s+", ""));
        if (text.isEmpty() || text.matches("[-=_*\\s]+")) {
            return SourceLine.pageBreak(lineNumber);
        }
        return heading.find() ? SourceLine.heading(text, lineNumber) : SourceLine.text(text, lineNumber);
    }

    private static int lastFilledLine(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A last line that opens more block tags than it closes was cut off inside a cell. */
    private static boolean hasUnclosedTag(String line) {
        Matcher opening = OPENING_TAG.matcher(line);
        int balance = 0;
        while (opening.find()) {
            balance++;
        }
        Matcher closing = CLOSING_TAG.matcher(line);
        while (closing.find()) {
            balance--;
        }
        return balance > 0;
    }
}
