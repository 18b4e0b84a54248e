package org.actiontracker.plan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.actiontracker.plan.document.UnreadableDocumentException.Reason;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The format of an upload, from its content alone: magic bytes for the binary formats (a zip holding
 * word/ or xl/, an OLE2 compound file holding a workbook, "%PDF"), else a sniff of the text. A name
 * or a declared type can be wrong; the bytes are what will be read.
 */
final class FormatDetector {

    private static final Pattern MARKDOWN_SEPARATOR = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*\\|");
    private static final Pattern HTML_DOCUMENT = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<\\?xml)|<table[\\s>]");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int SNIFFED_BYTES = 8192;

    private FormatDetector() {
    }

    /**
     * @param textFormat the text format the client declared, used when the content is text; null to sniff
     */
    static DocumentFormat detect(byte[] content, DocumentFormat textFormat, ReadLimits limits) {
        if (isBlank(content)) {
            throw new UnreadableDocumentException(Reason.EMPTY, "The file is empty: it holds no text at all.");
        }
        if (startsWith(content, ZIP) || startsWith(content, EMPTY_ZIP)) {
            return officeOpenXml(ZipPackages.entryNames(content, limits));
        }
        if (startsWith(content, OLE2)) {
            return compoundFile(content);
        }
        if (indexOf(content, "%PDF-", 1024) >= 0) {
            return DocumentFormat.PDF;
        }
        if (indexOf(content, "\0", SNIFFED_BYTES) >= 0) {
            throw new UnreadableDocumentException(Reason.UNSUPPORTED, "The file is neither text nor a document the"
                    + " importer reads (Word .docx, Excel .xlsx or .xls, PDF, a web page, Markdown, CSV or text).");
        }
        if (textFormat != null && textFormat.isText()) {
            return textFormat;
        }
        return sniffText(DocumentFormat.text(content));
    }

    /** An HTML page or table, a Markdown pipe table, tab-separated lines, else comma-separated values. */
    static DocumentFormat sniffText(String content) {
        if (HTML_DOCUMENT.matcher(content).find()) {
            return DocumentFormat.HTML;
        }
        if (MARKDOWN_SEPARATOR.matcher(content).find()) {
            return DocumentFormat.MARKDOWN;
        }
        long linesWithTabs = content.lines().filter(line -> line.indexOf('\t') >= 0).count();
        long linesWithCommas = content.lines().filter(line -> line.indexOf(',') >= 0).count();
        return linesWithTabs > 0 || linesWithCommas == 0 ? DocumentFormat.TEXT_EXPORT : DocumentFormat.CSV;
    }

    private static DocumentFormat officeOpenXml(Set<String> entries) {
        if (entries.contains("word/document.xml")) {
            return DocumentFormat.DOCX;
        }
        if (entries.contains("xl/workbook.xml")) {
            return DocumentFormat.XLSX;
        }
        throw new UnreadableDocumentException(Reason.UNSUPPORTED, entries.contains("[Content_Types].xml")
                ? "The file is an Office document but neither Word (.docx) nor Excel (.xlsx); save the plan as one of those."
                : "The file is a zip archive, not a Word or Excel document; upload the plan itself.");
    }

    /** Old Office files and password-protected new ones share the OLE2 container. */
    private static DocumentFormat compoundFile(byte[] content) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new UnreadableDocumentException(Reason.ENCRYPTED, "The document is password-protected;"
                        + " remove the password (or save an unprotected copy) and upload it again.");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return DocumentFormat.XLS;
            }
            if (root.hasEntry("WordDocument")) {
                throw new UnreadableDocumentException(Reason.UNSUPPORTED, "The file is a Word 97-2003 document (.doc);"
                        + " save it as .docx and upload that.");
            }
            throw new UnreadableDocumentException(Reason.UNSUPPORTED, "The file is an old-style Office file that is"
                    + " neither an Excel workbook nor a Word document.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException(Reason.CORRUPT, "The file starts as an Office 97-2003 document but"
                    + " is damaged: " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, String ascii, int within) {
        int end = Math.min(content.length, within) - ascii.length();
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (content[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
