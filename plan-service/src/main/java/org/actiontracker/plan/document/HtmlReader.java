package org.actiontracker.plan.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A web page holding the plan: its tables become rows (merged cells spread back over the grid),
 * headings and paragraphs outside tables become lines for the plan's header. Scripts, styles,
 * navigation and cookie banners are removed first.
 */
final class HtmlReader {

    private static final String FURNITURE = "script, style, noscript, template, iframe, object, embed, svg, nav, "
            + "button, form, [aria-hidden=true], [role=navigation], "
            + "[id~=(?i)cookie|consent], [class~=(?i)cookie|consent]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, div, table";
    private static final Set<String> TEXT_CONTAINERS = Set.of("p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlReader() {
    }

    static List<SourceLine> read(String content) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = Jsoup.parse(content, "", parser);
        page.select(FURNITURE).remove();
        List<SourceLine> lines = new ArrayList<>();
        if (page.selectFirst("h1") == null && !page.title().isBlank()) {
            lines.add(SourceLine.heading(CellText.fromCell(page.title()), 1));
        }
        boolean cutOffInRow = lastRowUnclosed(content);
        List<Element> tables = page.body().select("table").stream().filter(table -> !insideTable(table)).toList();
        Element lastTable = tables.isEmpty() ? null : tables.get(tables.size() - 1);
        for (Element block : page.body().select(BLOCKS)) {
            if (insideTable(block) || insideTextContainer(block)) {
                continue;
            }
            int lineNumber = block.sourceRange().start().lineNumber();
            switch (block.normalName()) {
                case "table" -> table(block, cutOffInRow && block == lastTable, lines);
                case "dt" -> lines.add(SourceLine.row(List.of(CellText.fromHtml(block.html()),
                        block.nextElementSibling() == null ? "" : CellText.fromHtml(block.nextElementSibling().html())),
                        lineNumber, false));
                case "div" -> {
                    if (!block.ownText().isBlank()) {
                        lines.add(SourceLine.text(CellText.fromCell(block.ownText()), lineNumber));
                    }
                }
                default -> {
                    String text = CellText.fromHtml(block.html());
                    if (!text.isEmpty()) {
                        lines.add(block.normalName().startsWith("h")
                                ? SourceLine.heading(text, lineNumber) : SourceLine.text(text, lineNumber));
                    }
                }
            }
        }
        return lines;
    }

    /** A table's rows with rowspan and colspan cells repeated as empty cells where they reach. */
    private static void table(Element table, boolean lastRowCutOff, List<SourceLine> lines) {
        lines.add(SourceLine.pageBreak(table.sourceRange().start().lineNumber()));
        List<Element> rows = rows(table);
        Map<Integer, Integer> spanningDown = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            List<String> cells = new ArrayList<>();
            List<Element> cellElements = row.children().stream()
                    .filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th")).toList();
            for (Element cell : cellElements) {
                fillSpannedColumns(cells, spanningDown);
                int column = cells.size();
                cells.add(CellText.fromHtml(cell.html()));
                int colspan = span(cell.attr("colspan"));
                int rowspan = span(cell.attr("rowspan"));
                for (int extra = 1; extra < colspan; extra++) {
                    cells.add("");
                }
                for (int c = column; c < column + colspan && rowspan > 1; c++) {
                    spanningDown.put(c, rowspan - 1);
                }
            }
            fillSpannedColumns(cells, spanningDown);
            int lineNumber = row.sourceRange().start().lineNumber();
            if (cellElements.size() == 1 && span(cellElements.get(0).attr("colspan")) > 1) {
                // one cell across the table: a section heading inside it, not a row
                lines.add(SourceLine.text(CellText.fromHtml(cellElements.get(0).html()), lineNumber));
            } else {
                lines.add(SourceLine.classify(cells, lineNumber, lastRowCutOff && r == rows.size() - 1));
            }
        }
        lines.add(SourceLine.pageBreak(table.sourceRange().end().lineNumber()));
    }

    /** Adds an empty cell for each column a cell of an earlier row still spans at this position. */
    private static void fillSpannedColumns(List<String> cells, Map<Integer, Integer> spanningDown) {
        while (spanningDown.getOrDefault(cells.size(), 0) > 0) {
            spanningDown.merge(cells.size(), -1, Integer::sum);
            cells.add("");
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
                child.children().stream().filter(row -> row.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static int span(String attribute) {
        try {
            return attribute.isBlank() ? 1 : Math.max(1, Math.min(50, Integer.parseInt(attribute.strip())));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static boolean insideTable(Element element) {
        return element.parents().stream().anyMatch(parent -> parent.normalName().equals("table"));
    }

    private static boolean insideTextContainer(Element element) {
        return element.parents().stream().anyMatch(parent -> TEXT_CONTAINERS.contains(parent.normalName()));
    }

    /** The page ends inside a table row when its last "&lt;tr" is not followed by "&lt;/tr". */
    private static boolean lastRowUnclosed(String content) {
        String lower = content.toLowerCase(Locale.ROOT);
        int lastRowStart = lower.lastIndexOf("<tr");
        return lastRowStart >= 0 && lower.indexOf("</tr", lastRowStart) < 0 && lower.indexOf("</table", lastRowStart) < 0;
    }
}
