package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.actiontracker.plan.document.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;

/** Uploads that are no readable document: each refused with what is wrong, never a crash or a full heap. */
class FaultyDocumentsTest {

    private static final ReadLimits SMALL = new ReadLimits(8L * 1024 * 1024, 50, 5);
    private final PlanDocumentParser parser = new PlanDocumentParser();
    private final byte[] docx = GeneratedDocuments.docx(GeneratedDocuments.linesOf(Seed.CLEVELAND.read()));

    @Test
    void aZipBombIsRefusedAsTooLargeAfterInflatingNoMoreThanTheLimit() {
        byte[] bomb = GeneratedDocuments.zipBomb(64L * 1024 * 1024);

        assertThat(bomb.length).isLessThan(200_000);
        assertReason(bomb, Reason.TOO_LARGE, "inflates to more than 8388608 bytes");
    }

    @Test
    void aZipWithMoreEntriesThanTheLimitIsRefusedAsTooLarge() {
        assertReason(GeneratedDocuments.zipWithEntries(60), Reason.TOO_LARGE, "more than 50 entries");
    }

    @Test
    void aPasswordProtectedWordDocumentIsRefusedAsEncrypted() {
        assertReason(GeneratedDocuments.passwordProtected(docx), Reason.ENCRYPTED, "password-protected");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAsEncrypted() {
        byte[] pdf = GeneratedDocuments.pdf(GeneratedDocuments.linesOf(Seed.CLEVELAND.read()));
        byte[] locked = GeneratedDocuments.passwordProtectedPdf(pdf);

        assertThatThrownBy(() -> parser.parse(locked, parser.detect(locked, null, SMALL), SMALL))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
    }

    @Test
    void aTruncatedWordDocumentIsRefusedAsCorrupt() {
        assertReason(Arrays.copyOf(docx, docx.length / 2), Reason.CORRUPT, "damaged");
    }

    @Test
    void anEmptyOrBlankFileIsRefusedAsEmpty() {
        assertReason(new byte[0], Reason.EMPTY, "empty");
        assertReason("  \n\t ".getBytes(StandardCharsets.UTF_8), Reason.EMPTY, "empty");
    }

    @Test
    void aScannedPdfWithoutTextIsRefusedSayingItHasNoTextLayer() {
        byte[] scan = GeneratedDocuments.scannedPdf(2);

        assertThat(parser.detect(scan, null, SMALL)).isEqualTo(DocumentFormat.PDF);
        assertThatThrownBy(() -> parser.parse(scan, DocumentFormat.PDF, SMALL))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_TEXT_LAYER);
                    assertThat(e.getMessage()).contains("no text layer", "2 page(s)");
                });
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsRefusedAsTooLarge() {
        byte[] pages = GeneratedDocuments.scannedPdf(6);

        assertThatThrownBy(() -> parser.parse(pages, DocumentFormat.PDF, SMALL))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("6 pages", "at most 5");
                });
    }

    @Test
    void binaryContentOfNoKnownFormatIsRefusedAsUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertReason(png, Reason.UNSUPPORTED, "neither text nor a document");
    }

    @Test
    void theFormatComesFromTheBytesNotFromWhatTheClientDeclared() {
        assertThat(parser.detect(docx, DocumentFormat.CSV, SMALL)).isEqualTo(DocumentFormat.DOCX);
        byte[] xlsx = GeneratedDocuments.xlsx(GeneratedDocuments.linesOf(Seed.CLEVELAND.read()));
        assertThat(parser.detect(xlsx, DocumentFormat.HTML, SMALL)).isEqualTo(DocumentFormat.XLSX);
    }

    private void assertReason(byte[] content, Reason reason, String message) {
        assertThatThrownBy(() -> parser.parse(content, parser.detect(content, null, SMALL), SMALL))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
