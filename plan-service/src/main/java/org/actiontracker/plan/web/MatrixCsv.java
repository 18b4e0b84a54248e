package org.actiontracker.plan.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The matrix as shown (after filters) as CSV: one line per action cell. */
@ApplicationScoped
public class MatrixCsv {

    private static final String[] HEADER = {"recommendation", "organisation", "actionId", "status", "rag",
        "targetDate", "latestUpdateOn", "overdue", "stale"};

    public String write(MatrixPage matrix) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (MatrixPage.Line line : matrix.lines()) {
                for (MatrixPage.Slot slot : line.slots()) {
                    for (MatrixPage.Cell cell : slot.cells()) {
                        printer.printRecord(line.number(), slot.organisation().name(), cell.actionId(), cell.status(),
                                cell.rag(), cell.targetDate(), cell.latestUpdateOn(), cell.overdue(), cell.stale());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
