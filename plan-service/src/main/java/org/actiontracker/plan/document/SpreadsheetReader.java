package org.actiontracker.plan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actiontracker.plan.document.UnreadableDocumentException.Reason;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel workbook (.xlsx, or .xls through the same POI interfaces): each sheet a table, one line
 * per row numbered as Excel numbers it, sheets apart by a break. A merged cell keeps its value in its
 * first cell and leaves the others blank, as merged cells of a web page do. Dates stored as Excel dates
 * are written as the plans write them (21/11/2024); text dates stay as typed; formulas give their
 * last computed value and are never evaluated.
 */
final class SpreadsheetReader {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private SpreadsheetReader() {
    }

    static List<SourceLine> read(byte[] content, ReadLimits limits) {
        InputStream input = content.length > 1 && content[0] == 'P' ? ZipPackages.guarded(content, limits)
                : new ByteArrayInputStream(content);
        try (Workbook workbook = WorkbookFactory.create(input)) {
            DataFormatter formatter = new DataFormatter(Locale.UK);
            List<SourceLine> lines = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                    continue;
                }
                lines.add(SourceLine.pageBreak(0));
                sheet(sheet, formatter, lines);
            }
            return lines;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "The workbook is password-protected;"
                    + " remove the password and upload it again.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException(WordReader.zipBomb(e) ? Reason.TOO_LARGE : Reason.CORRUPT,
                    "The workbook could not be read: " + e.getMessage(), e);
        }
    }

    private static void sheet(Sheet sheet, DataFormatter formatter, List<SourceLine> lines) {
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int lineNumber = r + 1;
            if (row == null || row.getLastCellNum() <= 0) {
                lines.add(SourceLine.pageBreak(lineNumber));
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(coveredByMerge(merged, r, c) ? "" : text(row.getCell(c), formatter));
            }
            lines.add(SourceLine.classify(cells, lineNumber, false));
        }
    }

    /** Inside a merged region but not its first cell. */
    private static boolean coveredByMerge(List<CellRangeAddress> merged, int row, int column) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(row, column)) {
                return region.getFirstRow() != row || region.getFirstColumn() != column;
            }
        }
        return false;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? UK_DATE.format(cell.getLocalDateTimeCellValue().toLocalDate())
                    : cell.getCellType() == CellType.FORMULA ? formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
                    : formatter.formatCellValue(cell);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        return CellText.fromPlainText(text);
    }
}
