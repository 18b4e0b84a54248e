package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Plans as forces lay them out beyond one table row per action, and dates as they write them. */
class PublishedLayoutsTest {

    private static final String REC_7 = "By 27 March 2025, where required, seek changes to their crime recording systems"
            + " to enable staff and officers to document and search for crimes not recorded as the principal crime,"
            + " as included classifications on crime records.";
    private final PlanDocumentParser parser = new PlanDocumentParser(StalkingCatalogue.catalogue());

    @Test
    void datesAreReadAsPlansWriteThem() {
        assertThat(DateExpressions.firstDate("Update Nov-24")).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(DateExpressions.firstDate("Det Supt Southbank - Oct 24")).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(DateExpressions.firstDate("Update 18/11/24")).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(DateExpressions.firstDate("21st November 2024")).isEqualTo(LocalDate.of(2024, 11, 21));
        assertThat(DateExpressions.firstDate("March 2025 Update")).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aWordDocumentWithOneTwoColumnTablePerActionReadsAsOneActionPerTable() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Eastshire Police stalking action plan");
            keyValueTable(document, "7. " + REC_7, "Audit of crime records", "DCI Safeguarding",
                    "Review completed; changes requested from the supplier.", "21/11/2024", "In progress");
            document.createParagraph();
            keyValueTable(document, "14. By 27 March 2025, make sure victims are told of their rights under the Victims' Code.",
                    "Victims' Code compliance", "Supt Public Protection", "Compliance checks started.", "Nov-24", "Complete");
            document.write(out);
            docx = out.toByteArray();
        }

        PlanDocument plan = parser.parse(docx, parser.detect(docx, null, ReadLimits.DEFAULT), ReadLimits.DEFAULT);

        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber).containsExactly("7", "14");
        DocumentAction first = plan.actions().get(0);
        assertThat(first.ownerText()).isEqualTo("DCI Safeguarding");
        assertThat(first.statusLabel()).isEqualTo("In progress");
        assertThat(first.updates()).extracting(DocumentUpdate::reportedOn).containsExactly(LocalDate.of(2024, 11, 21));
        assertThat(plan.actions().get(1).updates()).extracting(DocumentUpdate::reportedOn)
                .containsExactly(LocalDate.of(2024, 11, 1));
    }

    @Test
    void aPageWithAHeadingPerRecommendationFollowedByTheResponseReadsAsOneActionPerHeading() {
        String page = "<html><body><h1>Westshire Police response to the stalking super-complaint</h1>"
                + "<h2>Recommendation 7: " + REC_7 + "</h2><p>Update 18/11/24 - Our records system now flags"
                + " stalking as an included classification.</p>"
                + "<p><strong>Recommendation 10</strong></p><p>By 27 March 2025, review and update their learning and"
                + " training provision relating to stalking.</p><p>Training was refreshed in October 2024.</p></body></html>";

        PlanDocument plan = parser.parse(page, DocumentFormat.HTML);

        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber).containsExactly("7", "10");
        assertThat(plan.actions().get(0).updates()).extracting(DocumentUpdate::reportedOn)
                .containsExactly(LocalDate.of(2024, 11, 18));
        assertThat(plan.actions().get(1).recommendationText()).startsWith("By 27 March 2025, review and update");
        assertThat(plan.actions().get(1).updates()).extracting(DocumentUpdate::text)
                .containsExactly("Training was refreshed in October 2024.");
    }

    @Test
    void anUpdateColumnDatedOnlyByItsHeaderDatesItsEntries() {
        String table = "<table><tr><th>Rec. No.</th><th>Recommendation</th><th>Update as of 21 November 2024</th></tr>"
                + "<tr><td>7</td><td>" + REC_7 + "</td><td>Audit done.</td></tr></table>";

        DocumentAction action = parser.parse(table, DocumentFormat.HTML).actions().get(0);

        assertThat(action.updates()).extracting(DocumentUpdate::reportedOn).containsExactly(LocalDate.of(2024, 11, 21));
    }

    @Test
    void aRecommendationPrintedWithoutItsNumberIsMatchedToTheCatalogueByItsTextAndMarkedInferred() {
        String csv = "Recommendation,Force update,Status\n\"" + REC_7 + "\",Audit done in Oct 24,Complete\n";

        PlanDocument plan = parser.parse(csv, DocumentFormat.CSV);

        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber).containsExactly("7");
        assertThat(plan.warnings()).extracting(ImportWarning::code).contains(ImportWarning.RECOMMENDATION_INFERRED);
    }

    @Test
    void aCopyCutOffPartWayKeepsTheCompleteRowsAndSaysWhereItEnded() {
        String text = "Rec. No.\tRecommendation\tUpdate\tStatus\n7\t" + REC_7 + "\tAudit done Oct 24\tComplete\n"
                + "10\tBy 27 March 2025, review and update their learning and <p>training provision";

        PlanDocument plan = parser.parse(text, DocumentFormat.TEXT_EXPORT);

        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber).containsExactly("7");
        assertThat(plan.warnings()).anySatisfy(warning -> {
            assertThat(warning.code()).isEqualTo(ImportWarning.ROW_CUT_OFF);
            assertThat(warning.line()).isEqualTo(3);
        });
    }

    @Test
    void aPageAboutTheSuperComplaintWithoutAPlanIsNotAnActionPlanAndSaysWhy() {
        String page = "<html><body><div id=\"cookie-consent\">Cookies</div><h1>Stalking super-complaint</h1>"
                + "<p>In September 2024 HMICFRS, the IOPC and the College of Policing published 29 recommendations."
                + " Recommendation 7 asks forces to change their crime recording systems.</p>"
                + "<p>We will publish our action plan here.</p></body></html>";

        assertThatThrownBy(() -> parser.parse(page.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML,
                ReadLimits.DEFAULT)).isInstanceOf(NotAPlanException.class).hasMessageContaining("No plan table found");
    }

    private static void keyValueTable(XWPFDocument document, String recommendation, String evidence, String owner,
                                      String update, String date, String status) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        for (List<String> field : List.of(List.of("Recommendation:", recommendation),
                List.of("Evidence requirements of progress:", evidence), List.of("Recommendation owner:", owner),
                List.of("Force update:", update), List.of("Date:", date), List.of("Status:", status),
                List.of("Supporting documents:", ""))) {
            var row = table.insertNewTableRow(table.getNumberOfRows());
            GeneratedDocuments.writeCell(row.addNewTableCell(), field.get(0));
            GeneratedDocuments.writeCell(row.addNewTableCell(), field.get(1));
        }
    }
}
