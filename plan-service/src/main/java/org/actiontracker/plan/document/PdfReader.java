package org.actiontracker.plan.document;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.actiontracker.plan.document.UnreadableDocumentException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF with a text layer. A PDF has no cells, only words at positions, so the table is rebuilt:
 * words on one baseline form a line, a wide gap between words separates cells, lines close together
 * form one row (a wrapped cell), and the header row's cell positions become the columns every later
 * row is laid onto. Text outside tables becomes lines, bold or larger text headings; pages end in a break.
 */
final class PdfReader {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;]$");
    private static final Pattern OPENS_ITEM = Pattern.compile("^([•▪●◦‣➤►■–-]|\\d{1,2}[.)])\\s");
    /** Words further apart than this share of the font size are in different cells. */
    private static final double CELL_GAP = 0.55;
    /** Lines further apart than this share of the font size start a new row or paragraph. */
    private static final double ROW_GAP = 1.6;
    private static final double COLUMN_TOLERANCE = 4;

    private PdfReader() {
    }

    static List<SourceLine> read(byte[] content, ReadLimits limits) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() > limits.maxPdfPages()) {
                throw new UnreadableDocumentException(Reason.TOO_LARGE, "The PDF has " + pdf.getNumberOfPages()
                        + " pages; the importer reads at most " + limits.maxPdfPages() + ".");
            }
            WordCollector collector = new WordCollector();
            collector.setSortByPosition(true);
            collector.writeText(pdf, new StringWriter());
            if (collector.words.stream().noneMatch(word -> LETTERS.matcher(word.text()).find())) {
                throw new UnreadableDocumentException(Reason.NO_TEXT_LAYER, "The PDF has no text layer: its "
                        + pdf.getNumberOfPages() + " page(s) are images (a scan?). Upload the original document, or a"
                        + " PDF exported from it, or run text recognition (OCR) first.");
            }
            return new Layout(collector.words).lines();
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "The PDF is password-protected; upload an"
                    + " unprotected copy.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException(Reason.CORRUPT, "The PDF could not be read: " + e.getMessage(), e);
        }
    }

    /** A run of characters as the text stripper groups them, where it sits on its page. */
    private record Word(int page, double x, double endX, double y, double size, boolean bold, String text) {
    }

    private static final class WordCollector extends PDFTextStripper {
        final List<Word> words = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            String font = first.getFont() == null || first.getFont().getName() == null ? "" : first.getFont().getName();
            words.add(new Word(getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), Math.max(1, first.getFontSizeInPt()), font.contains("Bold"), text.strip()));
        }
    }

    /** Words joined on one line; each gap wider than a space starts another segment (a cell). */
    private record Segment(double x, double endX, double size, boolean bold, String text) {
    }

    private record Line(int page, double y, double size, List<Segment> segments) {
    }

    private static final class Layout {
        private final List<Word> words;
        private final List<SourceLine> lines = new ArrayList<>();
        private final List<Boolean> firstOnPage = new ArrayList<>();
        /** Lines printed alone more than once (running page headers and footers): never part of a cell. */
        private final Set<String> furniture = new HashSet<>();
        private List<Line> previousRow;
        private Set<Integer> previousRowColumns;
        private List<Double> columns;
        private int number;

        Layout(List<Word> words) {
            this.words = words;
        }

        List<SourceLine> lines() {
            int lastPage = words.stream().mapToInt(Word::page).max().orElse(0);
            // a page's blocks, then null where the page ends
            List<List<Line>> sequence = new ArrayList<>();
            for (int page = 1; page <= lastPage; page++) {
                int current = page;
                sequence.addAll(blocks(textLines(words.stream().filter(word -> word.page() == current).toList())));
                sequence.add(null);
            }
            Map<String, Integer> oneLiners = new HashMap<>();
            for (int i = 0; i < sequence.size(); i++) {
                firstOnPage.add(i == 0 || sequence.get(i - 1) == null);
                List<Line> block = sequence.get(i);
                if (block != null && block.size() == 1 && block.get(0).segments().size() == 1) {
                    oneLiners.merge(block.get(0).segments().get(0).text(), 1, Integer::sum);
                }
            }
            oneLiners.forEach((text, count) -> {
                if (count > 1) {
                    furniture.add(text);
                }
            });
            for (int i = 0; i < sequence.size(); i++) {
                List<Line> block = sequence.get(i);
                if (block == null) {
                    lines.add(SourceLine.pageBreak(++number));
                    previousRow = null;
                } else {
                    if (isHeader(block)) {
                        columns = tableColumns(sequence, i);
                    }
                    block(block, firstOnPage.get(i));
                }
            }
            return lines;
        }

        private static boolean isHeader(List<Line> block) {
            return severalCells(block) && HeaderVocabulary.isHeaderRow(cells(block, columnStarts(List.of(block))));
        }

        private static boolean severalCells(List<Line> block) {
            return block.stream().anyMatch(line -> line.segments().size() > 1);
        }

        /**
         * The columns of the table whose header is at start: where the header's cells and its rows' cells
         * begin. Rows count too, since a header may leave a column's title blank.
         */
        private static List<Double> tableColumns(List<List<Line>> sequence, int start) {
            List<List<Line>> rows = new ArrayList<>();
            rows.add(sequence.get(start));
            for (int i = start + 1; i < sequence.size(); i++) {
                List<Line> block = sequence.get(i);
                if (block != null && isHeader(block)) {
                    break;
                }
                if (block != null && severalCells(block)) {
                    rows.add(block);
                }
            }
            List<Double> header = columnStarts(List.of(sequence.get(start)));
            List<Double> starts = new ArrayList<>(header);
            List<Double> fromRows = columnStarts(rows.subList(1, rows.size()));
            for (double x : fromRows) {
                long support = rows.subList(1, rows.size()).stream().filter(row -> row.stream()
                        .anyMatch(line -> line.segments().stream()
                                .anyMatch(segment -> Math.abs(segment.x() - x) <= COLUMN_TOLERANCE))).count();
                boolean known = starts.stream().anyMatch(existing -> Math.abs(existing - x) <= COLUMN_TOLERANCE);
                if (!known && support >= 2 && x > header.get(0)) {
                    starts.add(x);
                }
            }
            starts.sort(Double::compare);
            return starts;
        }

        private void block(List<Line> block, boolean firstOnPage) {
            int lineNumber = ++number;
            boolean severalCells = severalCells(block);
            boolean isFurniture = block.size() == 1 && !severalCells
                    && furniture.contains(block.get(0).segments().get(0).text());
            boolean tableRow = !isFurniture && (severalCells ? onTableGrid(block) : continuesTableColumn(block, firstOnPage));
            if (columns == null || !tableRow) {
                previousRow = null;
                if (severalCells) {
                    // cells outside any plan table: a header block's "Key | value" rows
                    lines.add(SourceLine.classify(cells(block, columnStarts(List.of(block))), lineNumber, false));
                } else {
                    text(block, lineNumber);
                }
                return;
            }
            if (previousRow != null && continuesCells(block)) {
                // a blank line inside a cell, not the end of the row: the row goes on
                List<Line> merged = new ArrayList<>(previousRow);
                merged.addAll(block);
                SourceLine last = lines.remove(lines.size() - 1);
                previousRow = merged;
                previousRowColumns = lineColumns(block.get(block.size() - 1));
                lines.add(SourceLine.classify(cellsWithParagraphs(merged), last.lineNumber(), false));
                return;
            }
            List<String> cells = cells(block, columns);
            // a header row is never continued: the first data row follows it
            previousRow = HeaderVocabulary.isHeaderRow(cells) ? null : block;
            previousRowColumns = lineColumns(block.get(block.size() - 1));
            lines.add(SourceLine.classify(cells, lineNumber, false));
        }

        private static List<Line> textLines(List<Word> pageWords) {
            List<Word> sorted = new ArrayList<>(pageWords);
            sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
            List<List<Word>> grouped = new ArrayList<>();
            for (Word word : sorted) {
                List<Word> last = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
                if (last != null && Math.abs(word.y() - last.get(0).y()) <= last.get(0).size() * 0.4) {
                    last.add(word);
                } else {
                    grouped.add(new ArrayList<>(List.of(word)));
                }
            }
            List<Line> result = new ArrayList<>();
            for (List<Word> lineWords : grouped) {
                lineWords.sort(Comparator.comparingDouble(Word::x));
                List<Segment> segments = new ArrayList<>();
                Word start = lineWords.get(0);
                StringBuilder text = new StringBuilder(start.text());
                Word previous = start;
                boolean bold = start.bold();
                for (Word word : lineWords.subList(1, lineWords.size())) {
                    if (word.x() - previous.endX() > word.size() * CELL_GAP) {
                        segments.add(new Segment(start.x(), previous.endX(), start.size(), bold, text.toString()));
                        start = word;
                        text = new StringBuilder(word.text());
                        bold = word.bold();
                    } else {
                        text.append(' ').append(word.text());
                        bold &= word.bold();
                    }
                    previous = word;
                }
                segments.add(new Segment(start.x(), previous.endX(), start.size(), bold, text.toString()));
                result.add(new Line(start.page(), lineWords.get(0).y(), start.size(), segments));
            }
            return result;
        }

        /** Lines close together: the lines of one row, or of one paragraph. */
        private static List<List<Line>> blocks(List<Line> pageLines) {
            List<List<Line>> blocks = new ArrayList<>();
            Line previous = null;
            for (Line line : pageLines) {
                if (previous == null || line.y() - previous.y() > previous.size() * ROW_GAP) {
                    blocks.add(new ArrayList<>());
                }
                blocks.get(blocks.size() - 1).add(line);
                previous = line;
            }
            return blocks;
        }

        /** The block's first line only has text in columns whose text still ran on the previous row's last line. */
        private boolean continuesCells(List<Line> block) {
            return previousRowColumns.containsAll(lineColumns(block.get(0)));
        }

        private Set<Integer> lineColumns(Line line) {
            Set<Integer> used = new HashSet<>();
            line.segments().forEach(segment -> used.add(columnOf(segment.x(), columns)));
            return used;
        }

        /** A merged row's cells: each block's part of a cell a paragraph of it. */
        private List<String> cellsWithParagraphs(List<Line> merged) {
            List<List<Line>> parts = new ArrayList<>();
            Line previous = null;
            for (Line line : merged) {
                if (previous == null || line.y() - previous.y() > previous.size() * ROW_GAP) {
                    parts.add(new ArrayList<>());
                }
                parts.get(parts.size() - 1).add(line);
                previous = line;
            }
            List<StringBuilder> cells = new ArrayList<>();
            columns.forEach(start -> cells.add(new StringBuilder()));
            for (List<Line> part : parts) {
                List<String> partCells = cells(part, columns);
                for (int c = 0; c < partCells.size(); c++) {
                    if (!partCells.get(c).isEmpty()) {
                        cells.get(c).append(cells.get(c).isEmpty() ? "" : "\n\n").append(partCells.get(c));
                    }
                }
            }
            return cells.stream().map(StringBuilder::toString).toList();
        }

        /**
         * Inside a table, a row with one filled cell: its text starts in a column and stays within it
         * (a paragraph below the table runs across the columns).
         */
        private boolean continuesTableColumn(List<Line> block, boolean firstOnPage) {
            if (columns == null || columns.size() < 2) {
                return false;
            }
            // in the first column only the row a page break cut carries on; else it is text (a page header)
            if (columnOf(block.get(0).segments().get(0).x(), columns) == 0 && !firstOnPage) {
                return false;
            }
            return block.stream().flatMap(line -> line.segments().stream()).allMatch(segment -> {
                int column = columnOf(segment.x(), columns);
                return column + 1 >= columns.size() || segment.endX() <= columns.get(column + 1) + COLUMN_TOLERANCE;
            });
        }

        /** The cells of the block's first line start where the table's columns do: a row of it, not another table. */
        private boolean onTableGrid(List<Line> block) {
            return columns != null && block.get(0).segments().stream().allMatch(segment -> columns.stream()
                    .anyMatch(start -> Math.abs(start - segment.x()) <= COLUMN_TOLERANCE));
        }

        private static int columnOf(double x, List<Double> starts) {
            int column = 0;
            for (int i = 0; i < starts.size(); i++) {
                if (starts.get(i) <= x + COLUMN_TOLERANCE) {
                    column = i;
                }
            }
            return column;
        }

        private void text(List<Line> block, int lineNumber) {
            String text = CellText.fromPlainText(joined(block.stream().map(line -> line.segments().get(0).text()).toList()));
            if (text.isEmpty()) {
                return;
            }
            double bodySize = words.stream().mapToDouble(Word::size).sorted().skip(words.size() / 2).findFirst().orElse(10);
            boolean heading = block.size() <= 3 && (block.stream().allMatch(line -> line.segments().get(0).bold())
                    || block.get(0).size() > bodySize * 1.15);
            lines.add(heading ? SourceLine.heading(text, lineNumber) : SourceLine.text(text, lineNumber));
        }

        /** Where cells begin, over the blocks' lines, starts closer than the tolerance taken as one. */
        private static List<Double> columnStarts(List<List<Line>> blocks) {
            List<Double> starts = new ArrayList<>();
            blocks.stream().flatMap(List::stream).flatMap(line -> line.segments().stream()).map(Segment::x).sorted()
                    .forEach(x -> {
                        if (starts.isEmpty() || x - starts.get(starts.size() - 1) > COLUMN_TOLERANCE) {
                            starts.add(x);
                        }
                    });
            return starts;
        }

        /** Each segment into the column it starts in; a cell's lines joined as its text runs on. */
        private static List<String> cells(List<Line> block, List<Double> starts) {
            List<List<String>> cellLines = new ArrayList<>();
            Line[] lastLine = new Line[starts.size()];
            starts.forEach(start -> cellLines.add(new ArrayList<>()));
            for (Line line : block) {
                for (Segment segment : line.segments()) {
                    int column = columnOf(segment.x(), starts);
                    List<String> target = cellLines.get(column);
                    if (lastLine[column] == line) {
                        // a wide gap inside one cell (justified text): the same line of it
                        target.set(target.size() - 1, target.get(target.size() - 1) + " " + segment.text());
                    } else {
                        target.add(segment.text());
                    }
                    lastLine[column] = line;
                }
            }
            return cellLines.stream().map(parts -> CellText.fromPlainText(joined(parts))).toList();
        }

        /** Wrapped lines run on with a space; a line after a full stop or opening a list item starts afresh. */
        private static String joined(List<String> parts) {
            StringBuilder text = new StringBuilder();
            for (String part : parts) {
                if (!text.isEmpty()) {
                    boolean newLine = OPENS_ITEM.matcher(part).find() || ENDS_SENTENCE.matcher(text).find();
                    text.append(newLine ? "\n" : " ");
                }
                text.append(part);
            }
            return text.toString();
        }
    }
}
