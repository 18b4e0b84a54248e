package org.actiontracker.plan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word, Excel and PDF documents written in the tests from the lines of a text document (a seed as its
 * text export reads, or a small synthetic plan): rows between breaks become one table, other lines
 * paragraphs, headings bold paragraphs. No binary fixtures are kept: each test makes what it reads.
 */
public final class GeneratedDocuments {

    private GeneratedDocuments() {
    }

    /** A text export (a seed) as a Word document. */
    public static byte[] docxOf(String textExport) {
        return docx(linesOf(textExport));
    }

    public static byte[] xlsxOf(String textExport) {
        return xlsx(linesOf(textExport));
    }

    public static byte[] pdfOf(String textExport) {
        return pdf(linesOf(textExport));
    }

    /** A text export as a Word document carrying a picture of the given size (as plans carry logos and charts). */
    public static byte[] docxWithPicture(String textExport, int pictureBytes) {
        try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(docxOf(textExport)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] picture = new byte[pictureBytes];
            new java.util.Random(42).nextBytes(picture);
            // a PNG signature, then noise that does not compress: the file is as large as the picture
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, picture, 0, 8);
            document.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(picture),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "chart.png",
                    org.apache.poi.util.Units.toEMU(400), org.apache.poi.util.Units.toEMU(300));
            document.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text export's table repeated until its PDF has at least the given number of pages. */
    public static byte[] pdfOfPages(String textExport, int pages) throws IOException {
        List<SourceLine> once = linesOf(textExport);
        List<SourceLine> lines = new ArrayList<>(once);
        while (true) {
            byte[] pdf = pdf(lines);
            try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                if (document.getNumberOfPages() >= pages) {
                    return pdf;
                }
            }
            lines.addAll(once.stream().filter(line -> line.kind() == SourceLine.Kind.ROW).toList());
        }
    }

    /** The lines of a text export, as the interpreter would get them. */
    static List<SourceLine> linesOf(String textExport) {
        return TextExportReader.read(textExport);
    }

    // --- Word ---------------------------------------------------------------------------------------

    static byte[] docx(List<SourceLine> lines) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (SourceLine line : lines) {
                switch (line.kind()) {
                    case ROW -> {
                        if (table == null) {
                            table = document.createTable();
                            table.removeRow(0);
                        }
                        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
                        for (String cell : line.cells()) {
                            writeCell(row.addNewTableCell(), cell);
                        }
                    }
                    case TEXT, HEADING -> {
                        table = null;
                        XWPFParagraph paragraph = document.createParagraph();
                        XWPFRun run = paragraph.createRun();
                        run.setBold(line.kind() == SourceLine.Kind.HEADING);
                        writeLines(run, line.text());
                    }
                    case BREAK -> {
                        table = null;
                        document.createParagraph();
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph per blank-line-separated block of the cell, its single line breaks as breaks. */
    static void writeCell(XWPFTableCell cell, String text) {
        List<String> blocks = List.of(text.split("\n\n"));
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < blocks.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? first : cell.addParagraph();
            writeLines(paragraph.createRun(), blocks.get(i));
        }
    }

    private static void writeLines(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    // --- Excel --------------------------------------------------------------------------------------

    static byte[] xlsx(List<SourceLine> lines) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Action plan");
            int r = 0;
            for (SourceLine line : lines) {
                if (line.kind() == SourceLine.Kind.BREAK) {
                    r++;
                    continue;
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.cells().size(); c++) {
                    row.createCell(c).setCellValue(line.cells().get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- faults -------------------------------------------------------------------------------------

    /** A "Word document" whose one entry inflates to the given number of zero bytes. */
    public static byte[] zipBomb(long inflatedBytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, inflatedBytes - written));
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of many tiny entries. */
    static byte[] zipWithEntries(int entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.closeEntry();
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("word/media/image" + i + ".png"));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document as Office saves it with a password: inside an OLE2 container, encrypted. */
    public static byte[] passwordProtected(byte[] officeDocument) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem container = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (java.io.OutputStream encrypted = encryptor.getDataStream(container)) {
                encrypted.write(officeDocument);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A scan: pages with only a drawn image of text, no text layer. */
    public static byte[] scannedPdf(int pages) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 100,
                        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, image),
                            50, 600);
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    static byte[] passwordProtectedPdf(byte[] plain) {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- PDF ----------------------------------------------------------------------------------------

    private static final float MARGIN = 36;
    private static final float FONT_SIZE = 8;
    private static final float LEADING = 10;
    private static final float PADDING = 4;

    /** A landscape A4 document; rows too tall for what is left of a page carry on at the top of the next. */
    static byte[] pdf(List<SourceLine> lines) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = new PdfWriter(pdf);
            int[] widths = gridWidths(lines);
            for (int i = 0; i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                int width = widths[i];
                switch (line.kind()) {
                    case ROW -> writer.row(line.cells(), width);
                    case TEXT -> writer.paragraph(line.text(), false);
                    case HEADING -> writer.paragraph(line.text(), true);
                    case BREAK -> writer.gap();
                }
            }
            writer.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The number of columns each row is laid out on: a table keeps one grid from its header row until a
     * row much narrower than the header (a legend after it), as a table continued over pages does.
     */
    private static int[] gridWidths(List<SourceLine> lines) {
        int[] widths = new int[lines.size()];
        int start = -1;
        int headerWidth = 0;
        for (int i = 0; i <= lines.size(); i++) {
            SourceLine line = i < lines.size() ? lines.get(i) : null;
            boolean row = line != null && line.kind() == SourceLine.Kind.ROW;
            boolean header = row && HeaderVocabulary.isHeaderRow(line.cells());
            boolean narrow = row && start >= 0 && line.cells().size() < Math.ceil(headerWidth * 0.6);
            if (start >= 0 && (line == null || header || narrow)) {
                int width = 0;
                for (int j = start; j < i; j++) {
                    width = Math.max(width, lines.get(j).cells().size());
                }
                for (int j = start; j < i; j++) {
                    widths[j] = width;
                }
                start = -1;
            }
            if (header) {
                start = i;
                headerWidth = line.cells().size();
            } else if (row && start < 0) {
                widths[i] = line.cells().size();
            }
        }
        return widths;
    }

    private static final class PdfWriter {
        private final PDDocument pdf;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private PDPageContentStream page;
        private float y;

        PdfWriter(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(size);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = size.getHeight() - MARGIN;
        }

        void close() throws IOException {
            page.close();
        }

        void gap() {
            y -= LEADING;
        }

        void paragraph(String text, boolean heading) throws IOException {
            List<String> wrapped = wrap(text, size.getWidth() - 2 * MARGIN, heading ? bold : regular);
            y -= LEADING;
            for (String line : wrapped) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                show(heading ? bold : regular, MARGIN, y, line);
                y -= LEADING;
            }
            y -= LEADING;
        }

        void row(List<String> cells, int columns) throws IOException {
            float width = (size.getWidth() - 2 * MARGIN) / Math.max(1, columns);
            List<List<String>> wrapped = new ArrayList<>();
            for (String cell : cells) {
                wrapped.add(wrap(cell, width - 2 * PADDING, regular));
            }
            int height = wrapped.stream().mapToInt(List::size).max().orElse(1);
            y -= PADDING + LEADING;
            for (int l = 0; l < height; l++) {
                if (y < MARGIN) {
                    newPage();
                    y -= LEADING;
                }
                for (int c = 0; c < wrapped.size(); c++) {
                    if (l < wrapped.get(c).size()) {
                        show(regular, MARGIN + c * width + PADDING, y, wrapped.get(c).get(l));
                    }
                }
                y -= LEADING;
            }
            y -= PADDING;
        }

        private void show(PDType1Font font, float x, float atY, String text) throws IOException {
            if (text.isBlank()) {
                return;
            }
            page.beginText();
            page.setFont(font, FONT_SIZE);
            page.newLineAtOffset(x, atY);
            page.showText(text);
            page.endText();
        }

        /** Lines of the text as they fit the width; the text's own line breaks kept. */
        private static List<String> wrap(String text, float width, PDType1Font font) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                paragraph = printable(font, paragraph);
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** Characters the standard font cannot show become "?". */
        private static String printable(PDType1Font font, String text) {
            StringBuilder printable = new StringBuilder();
            text.codePoints().forEach(c -> {
                String character = new String(Character.toChars(c));
                try {
                    font.encode(character);
                    printable.append(character);
                } catch (IOException | IllegalArgumentException unsupported) {
                    printable.append(c == '\t' ? " " : "?");
                }
            });
            return printable.toString();
        }
    }
}
