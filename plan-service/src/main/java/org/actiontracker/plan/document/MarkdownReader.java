package org.actiontracker.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with pipe tables. Cells may hold inline HTML ("&lt;br&gt;" for line breaks), bold
 * markers, links and backslash escapes; headings and other lines are kept for the plan's header.
 */
final class MarkdownReader {

    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
    private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[((?:\\\\.|[^\\]\\\\])*)]\\((\\S+?)\\)");
    private static final Pattern BOLD = Pattern.compile("(?<!\\\\)(\\*\\*|__)");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    private MarkdownReader() {
    }

    static List<SourceLine> read(String content) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        int lastFilled = lines.length - 1;
        while (lastFilled >= 0 && lines[lastFilled].isBlank()) {
            lastFilled--;
        }
        List<SourceLine> result = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNumber = i + 1;
            if (line.isEmpty() || line.matches("([-*_]\\s*){3,}")) {
                result.add(SourceLine.pageBreak(lineNumber));
            } else if (line.startsWith("|")) {
                if (!SEPARATOR_ROW.matcher(line).matches()) {
                    boolean cutOff = i == lastFilled && !line.endsWith("|");
                    result.add(SourceLine.classify(cells(line), lineNumber, cutOff));
                }
            } else {
                Matcher heading = HEADING.matcher(line);
                String text = CellText.fromCell(inline(heading.matches() ? heading.group(1) : line));
                result.add(heading.matches() ? SourceLine.heading(text, lineNumber) : SourceLine.text(text, lineNumber));
            }
        }
        return result;
    }

    /** The cells of a pipe-table row; "\|" is a pipe inside a cell. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cell.append(c).append(line.charAt(++i));
            } else if (c == '|') {
                cells.add(CellText.fromCell(inline(cell.toString().strip())));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(CellText.fromCell(inline(cell.toString().strip())));
        }
        return cells;
    }

    /** Markdown inline syntax as HTML the cell reader understands: links, bold, escapes. */
    private static String inline(String markdown) {
        Matcher link = LINK.matcher(markdown);
        StringBuilder html = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(html, Matcher.quoteReplacement(
                    "<a href=\"" + link.group(2).replace("\"", "&quot;") + "\">" + link.group(1) + "</a>"));
        }
        link.appendTail(html);
        String withoutBold = BOLD.matcher(html).replaceAll("");
        return ESCAPED.matcher(withoutBold).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    }
}
