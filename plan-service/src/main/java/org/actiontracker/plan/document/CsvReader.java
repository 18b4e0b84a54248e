package org.actiontracker.plan.document;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 through Commons CSV: fields separated by commas (or semicolons, as some spreadsheets
 * export), quoted fields may hold separators, doubled quotes and line breaks. Cells are plain text,
 * never markup. A leading apostrophe that neutralised a formula on export ({@link PlanDocumentRenderer})
 * is taken off again. A document cut off inside a quoted field keeps that field's text, its row
 * marked as cut off.
 */
final class CsvReader {

    private static final Pattern NEUTRALISED_FORMULA = Pattern.compile("^'(?=[=+\\-@\t\r])");

    private CsvReader() {
    }

    static List<SourceLine> read(String content) {
        char separator = separator(content);
        try {
            return records(content, separator, false);
        } catch (UncheckedIOException | IllegalStateException cutInsideQuotes) {
            // the last field's closing quote is missing: close it, and say the row was cut
            return records(content + "\"", separator, true);
        }
    }

    private static List<SourceLine> records(String content, char separator, boolean lastCutOff) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        List<SourceLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(format).get()) {
            long nextLine = 1;
            List<CSVRecord> records = parser.getRecords();
            for (int r = 0; r < records.size(); r++) {
                CSVRecord record = records.get(r);
                List<String> cells = record.stream().map(CsvReader::cell).toList();
                lines.add(SourceLine.classify(cells, (int) nextLine, lastCutOff && r == records.size() - 1));
                nextLine += 1 + record.stream().mapToLong(cell -> cell.chars().filter(c -> c == '\n').count()).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String cell(String raw) {
        return CellText.plain(NEUTRALISED_FORMULA.matcher(raw).replaceFirst(""));
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
