package org.actiontracker.plan.document;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actiontracker.plan.document.UnreadableDocumentException.Reason;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document: its tables become rows (a cell merged across columns spread back over the grid, a
 * cell merged down left blank below its first row, as the web page reader does), its paragraphs lines,
 * headings and wholly bold paragraphs headings. Lines are numbered by body block: the n-th paragraph
 * or table row of the document.
 */
final class WordReader {

    private WordReader() {
    }

    static List<SourceLine> read(byte[] content, ReadLimits limits) {
        try (XWPFDocument document = new XWPFDocument(ZipPackages.guarded(content, limits))) {
            Lines lines = new Lines();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph, lines);
                } else if (element instanceof XWPFTable table) {
                    table(table, lines);
                } else if (element instanceof XWPFSDT control) {
                    lines.add(SourceLine.classify(List.of(CellText.fromPlainText(control.getContent().getText())),
                            lines.next(), false));
                }
            }
            return lines.all;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "The Word document is password-protected;"
                    + " remove the password and upload it again.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException(zipBomb(e) ? Reason.TOO_LARGE : Reason.CORRUPT,
                    "The Word document could not be read: " + e.getMessage(), e);
        }
    }

    private static final class Lines {
        final List<SourceLine> all = new ArrayList<>();
        int number;

        int next() {
            return ++number;
        }

        void add(SourceLine line) {
            all.add(line);
        }
    }

    private static void paragraph(XWPFParagraph paragraph, Lines lines) {
        int number = lines.next();
        if (paragraph.isPageBreak() || paragraph.getText().isBlank()) {
            lines.add(SourceLine.pageBreak(number));
            return;
        }
        String text = CellText.fromPlainText(listItem(paragraph) ? "- " + paragraph.getText() : paragraph.getText());
        lines.add(isHeading(paragraph) ? SourceLine.heading(text, number) : SourceLine.text(text, number));
    }

    /** A heading style, or a short paragraph whose every run is bold ("Recommendation 3"). */
    static boolean isHeading(XWPFParagraph paragraph) {
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
        if (style.startsWith("heading") || style.equals("title")) {
            return true;
        }
        List<XWPFRun> runs = paragraph.getRuns().stream().filter(run -> !run.text().isBlank()).toList();
        return !runs.isEmpty() && paragraph.getText().length() <= 300 && runs.stream().allMatch(XWPFRun::isBold);
    }

    private static boolean listItem(XWPFParagraph paragraph) {
        return paragraph.getNumID() != null;
    }

    private static void table(XWPFTable table, Lines lines) {
        lines.add(SourceLine.pageBreak(lines.next()));
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                boolean mergedFromAbove = properties != null && properties.isSetVMerge()
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(mergedFromAbove ? "" : cellText(cell));
                int span = properties != null && properties.isSetGridSpan()
                        ? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
                for (int extra = 1; extra < Math.min(span, 50); extra++) {
                    cells.add("");
                }
            }
            int number = lines.next();
            if (row.getTableCells().size() == 1 && cells.size() > 1) {
                // one cell across the table: a section heading inside it, not a row
                lines.add(SourceLine.text(cells.get(0), number));
            } else {
                lines.add(SourceLine.classify(cells, number, false));
            }
        }
        lines.add(SourceLine.pageBreak(lines.next()));
    }

    /**
     * Paragraphs apart by a blank line, as the web page reader writes them, list items ("- ") on
     * consecutive lines; a table nested in the cell as a paragraph per row.
     */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(listItem(paragraph) ? "- " + paragraph.getText() : paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    parts.add(String.join(" ", row.getTableCells().stream().map(XWPFTableCell::getText).toList()));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            if (previous != null) {
                text.append(previous.startsWith("- ") && part.startsWith("- ") ? "\n" : "\n\n");
            }
            text.append(part);
            previous = part;
        }
        return CellText.fromPlainText(text.toString());
    }

    static boolean zipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("file count")) {
                return true;
            }
        }
        return false;
    }
}
