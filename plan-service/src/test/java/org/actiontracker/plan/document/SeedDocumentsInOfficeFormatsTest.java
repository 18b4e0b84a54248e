package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The five seeds written as Word, Excel and PDF documents (generated here with POI and PDFBox from the
 * seed's own table) read back into the very plans their text exports give.
 */
class SeedDocumentsInOfficeFormatsTest {

    private final PlanDocumentParser parser = new PlanDocumentParser();

    @ParameterizedTest
    @EnumSource(Seed.class)
    void aSeedAsAWordDocumentReadsAsTheSamePlanAsItsTextExport(Seed seed) {
        byte[] docx = GeneratedDocuments.docx(GeneratedDocuments.linesOf(seed.read()));

        assertThat(detect(docx)).isEqualTo(DocumentFormat.DOCX);
        PlanDocument plan = parser.parse(docx, DocumentFormat.DOCX, ReadLimits.DEFAULT);
        PlanDocument expected = seed.parse();
        assertThat(plan.actions()).isEqualTo(expected.actions());
        assertThat(plan.organisationName()).isEqualTo(expected.organisationName());
    }

    @ParameterizedTest
    @EnumSource(Seed.class)
    void aSeedAsAnExcelWorkbookReadsAsTheSamePlanAsItsTextExport(Seed seed) {
        byte[] xlsx = GeneratedDocuments.xlsx(GeneratedDocuments.linesOf(seed.read()));

        assertThat(detect(xlsx)).isEqualTo(DocumentFormat.XLSX);
        assertThat(parser.parse(xlsx, DocumentFormat.XLSX, ReadLimits.DEFAULT).actions())
                .isEqualTo(seed.parse().actions());
    }

    @ParameterizedTest
    @EnumSource(Seed.class)
    void aSeedAsAPdfReadsAsTheSameActionsOfTheSameRecommendationsAndSubPoints(Seed seed) {
        byte[] pdf = GeneratedDocuments.pdf(GeneratedDocuments.linesOf(seed.read()));

        assertThat(detect(pdf)).isEqualTo(DocumentFormat.PDF);
        assertThat(identities(parser.parse(pdf, DocumentFormat.PDF, ReadLimits.DEFAULT)))
                .isEqualTo(identities(seed.parse()));
    }

    /**
     * Exactly, up to line breaks, for the seeds whose cells stay in their columns over page breaks; the
     * Northumbria and Leicestershire PDFs still lose or misplace a few continued lines (see the issue notes).
     */
    @ParameterizedTest
    @EnumSource(value = Seed.class, names = {"HUMBERSIDE", "CLEVELAND", "NORTHAMPTONSHIRE"})
    void aSeedAsAPdfReadsAsTheSameActionsStatusesAndUpdatesItsTextExportGives(Seed seed) {
        byte[] pdf = GeneratedDocuments.pdf(GeneratedDocuments.linesOf(seed.read()));

        List<String> read = summary(parser.parse(pdf, DocumentFormat.PDF, ReadLimits.DEFAULT));
        assertThat(read).isEqualTo(summary(seed.parse()));
    }

    private static List<String> identities(PlanDocument plan) {
        return plan.actions().stream().map(action -> action.recommendationNumber() + "/" + action.subPointRef()).toList();
    }

    /** What a PDF keeps of each action: text reflowed by the page, so compared without its line breaks. */
    private static List<String> summary(PlanDocument plan) {
        return plan.actions().stream().map(action -> String.join(" | ", Stream.of(action.recommendationNumber(),
                action.subPointRef(), action.statusLabel(), String.valueOf(action.updates().stream()
                        .map(DocumentUpdate::reportedOn).toList()), flat(action.description())).map(String::valueOf)
                .toList())).toList();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").replace("- ", "").strip();
    }

    private DocumentFormat detect(byte[] content) {
        return parser.detect(content, null, ReadLimits.DEFAULT);
    }
}
