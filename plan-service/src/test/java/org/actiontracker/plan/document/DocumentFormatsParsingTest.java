package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.junit.jupiter.api.Test;

/** Plans in every format, from an organisation none of the parser's code knows. */
class DocumentFormatsParsingTest {

    private final PlanDocumentParser parser = new PlanDocumentParser();

    @Test
    void webPageYieldsItsPlanTableAndIgnoresNavigationCookieBannerAndScripts() {
        PlanDocument plan = parser.parse(Fixture.read("westshire-plan.html"), DocumentFormat.HTML);

        assertThat(plan.actions()).extracting(DocumentAction::subPointRef).containsExactly("7.1", "7.2", "12.1");
        assertThat(plan.title()).isEqualTo("Stalking super-complaint: our action plan (March 2025 Update)");
        assertThat(plan.versionLabel()).isEqualTo("March 2025 Update");
        assertThat(plan.executiveLead()).isEqualTo(new Person("Jane Smith", "ACC", null));
        assertThat(plan.operationalLead()).isEqualTo(new Person("Raj Patel", "Det Supt", "raj.patel@westshire.police.uk"));
        assertThat(plan.governanceBody()).isEqualTo("Public Protection Board");
        assertThat(plan.organisationName()).isEqualTo("Westshire Police");

        DocumentAction classifications = plan.actions().get(0);
        assertThat(classifications.recommendationNumber()).isEqualTo("7");
        assertThat(classifications.description()).isEqualTo("Add included classifications to our records system.");
        assertThat(classifications.owner()).isEqualTo(new Person("Amy Brown", "DCI", null));
        assertThat(classifications.rag()).isEqualTo(Rag.GREEN);
        assertThat(classifications.targetDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(classifications.updates()).containsExactly(DocumentUpdate.of(LocalDate.of(2025, 3, 1),
                "March 2025 Update", null, null, "The supplier has delivered the change."));

        DocumentAction briefings = plan.actions().get(1);
        assertThat(briefings.recommendationText()).as("spans both rows").isEqualTo(classifications.recommendationText());
        assertThat(briefings.description())
                .isEqualTo("Brief officers on searching for stalking (https://intranet.example/stalking).");
        assertThat(briefings.updates()).singleElement().satisfies(update -> assertThat(update.undated()).isTrue());
        assertThat(plan.actions().get(2).updates().get(0).text()).isEqualTo("- Tool adopted in January 2025\n- Training under way");
        assertThat(plan.actions()).allSatisfy(action -> assertThat(action.toString())
                .doesNotContain("cookies", "Injected", "Report a crime", "pp@westshire", "scrolls to"));
    }

    @Test
    void markdownPipeTableIsReadWithItsEscapesAndLineBreaks() {
        PlanDocument plan = parser.parse(Fixture.read("westshire-plan.md"), DocumentFormat.MARKDOWN);

        assertThat(plan.title()).isEqualTo("Westshire Police stalking action plan");
        assertThat(plan.organisationName()).isEqualTo("Westshire Police");
        assertThat(plan.actions()).hasSize(2);
        DocumentAction training = plan.actions().get(0);
        assertThat(training.percentComplete()).isEqualTo(80);
        assertThat(training.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(training.targetDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(training.updates()).extracting(DocumentUpdate::period).containsExactly("Updated Oct 24", "March 2025 Update");
        assertThat(training.updates()).extracting(DocumentUpdate::text)
                .containsExactly("E-learning launched for all officers.", "80% of officers trained.");
        DocumentAction victimsCode = plan.actions().get(1);
        assertThat(victimsCode.recommendationText()).endsWith("under the victims' code.");
        assertThat(victimsCode.updates()).containsExactly(DocumentUpdate.of(LocalDate.of(2024, 11, 1), "Nov 24", null,
                "Det Supt Southbank", "Leaflet | poster produced for victims."));
        assertThat(victimsCode.targetDate()).as("an empty target date column means none").isNull();
    }

    @Test
    void csvQuotedCellsKeepTheirCommasQuotesAndLineBreaks() {
        PlanDocument plan = parser.parse(Fixture.read("westshire-plan.csv"), DocumentFormat.CSV);

        assertThat(plan.organisationName()).isEqualTo("Westshire Police");
        assertThat(plan.operationalLead()).isEqualTo(new Person("Raj Patel", "Det Supt, Public Protection", null));
        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber).containsExactly("7", "7");
        DocumentAction briefings = plan.actions().get(0);
        assertThat(briefings.description()).isEqualTo("1. Brief all officers on included classifications, with examples.");
        assertThat(briefings.rag()).isEqualTo(Rag.AMBER);
        assertThat(briefings.updates()).containsExactly(
                DocumentUpdate.of(LocalDate.of(2024, 11, 18), "Update 18/11/24", null, null, "Briefings started."),
                DocumentUpdate.of(LocalDate.of(2024, 11, 20), "20/11/2024", null, null, "\"Stalking\" search guidance published."));
        assertThat(plan.actions().get(1).status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(plan.actions().get(1).updates()).isEmpty();
    }

    @Test
    void sixthForceTextExportWithItsOwnHeadersImportsWithoutForceSpecificCode() {
        PlanDocument plan = parser.parse(Fixture.read("westshire-plan.txt"), DocumentFormat.TEXT_EXPORT);

        assertThat(plan.title()).isEqualTo("Westshire Police - Stalking Action Plan");
        assertThat(plan.executiveLead()).isEqualTo(new Person("Jane Smith", "ACC", null));
        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber).containsExactly("11", "11", "16");
        DocumentAction profile = plan.actions().get(0);
        assertThat(profile.description()).isEqualTo("Commission a stalking problem profile.");
        assertThat(profile.owner()).isEqualTo(new Person("Sam Green", "DI", null));
        assertThat(profile.status()).isEqualTo(ActionStatus.LIMITED_PROGRESS);
        assertThat(profile.percentComplete()).isEqualTo(40);
        assertThat(profile.updates()).containsExactly(DocumentUpdate.of(LocalDate.of(2025, 3, 27),
                "Updated 27th March 2025", null, null, "Profile commissioned from the analysis team."));

        DocumentAction audits = plan.actions().get(1);
        assertThat(audits.recommendationText()).isEqualTo(profile.recommendationText());
        assertThat(audits.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(audits.percentComplete()).isEqualTo(60);
        assertThat(audits.updates()).extracting(DocumentUpdate::reportedOn)
                .containsExactly(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 1, 1));
        assertThat(audits.updates().get(1).text())
                .as("continued after the page break").isEqualTo("Second audit completed and shared with the Vulnerability Board.");

        DocumentAction commissioning = plan.actions().get(2);
        assertThat(commissioning.statusLabel()).isEqualTo("Parked");
        assertThat(commissioning.status()).isNull();
        assertThat(commissioning.rag()).isEqualTo(Rag.RED);
        assertThat(plan.unmappedStatusLabels()).containsExactly("Parked");
        assertThat(plan.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.UNMAPPED_STATUS);
    }

    @Test
    void documentCutOffMidRowKeepsTheCompleteRowsAndWarnsAboutTheRest() {
        String seed = Seed.NORTHAMPTONSHIRE.read();
        String[] lines = seed.split("\n", -1);
        String cut = String.join("\n", Arrays.copyOf(lines, 19)) + "\n" + lines[19].substring(0, 200);

        PlanDocument plan = parser.parse(cut, DocumentFormat.TEXT_EXPORT);

        assertThat(plan.actions()).extracting(DocumentAction::subPointRef)
                .containsExactly("7.1", "7.2", "10.1", "10.2", "10.3", "10.4", "10.5", "11.1", "11.2");
        assertThat(plan.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(ImportWarning.ROW_CUT_OFF);
            assertThat(warning.line()).isEqualTo(20);
        });
    }

    @Test
    void renderedPlansCutOffMidRowKeepTheCompleteRowsInEveryFormat() {
        PlanDocument full = Seed.NORTHAMPTONSHIRE.parse();
        PlanDocumentRenderer renderer = new PlanDocumentRenderer();
        for (DocumentFormat format : DocumentFormat.renderable()) {
            String rendered = renderer.render(full, format);
            String cut = rendered.substring(0, rendered.lastIndexOf("A report detailing the Forces response"));

            PlanDocument plan = parser.parse(cut + "A report det", format);

            assertThat(plan.actions()).as(format.name()).hasSize(full.actions().size() - 2)
                    .isEqualTo(full.actions().subList(0, full.actions().size() - 2));
            assertThat(plan.warnings()).as(format.name()).extracting(ImportWarning::code)
                    .containsExactly(ImportWarning.ROW_CUT_OFF);
        }
    }

    @Test
    void recommendationMentionedInTextIsNotInventedAsARow() {
        String content = String.join("\n",
                "Our response to recommendation 12 of the report is set out in a separate plan; recommendation 7:\tis below.",
                "",
                "Rec. No.\tRecommendation\tUpdate",
                "7\tBy 27 March 2025, where required, seek changes to their crime recording systems.\t"
                        + "<p>Done, as recommendation 12 also required.</p><p>12. Recommendation 12 is not ours.</p>",
                "");

        PlanDocument plan = parser.parse(content, DocumentFormat.TEXT_EXPORT);

        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber).containsExactly("7");
        assertThat(plan.actions().get(0).updates().get(0).text())
                .isEqualTo("Done, as recommendation 12 also required.\n\n12. Recommendation 12 is not ours.");
    }

    @Test
    void scriptsAndEventHandlersNeverReachTheParsedText() {
        String cell = "<p onclick=\"steal()\" style=\"color:red\">Updated Oct 24 Work <b onmouseover=\"x()\">done</b>.</p>"
                + "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String textExport = "Rec. No.\tRecommendation\tUpdate\n7\t<a href=\"javascript:alert(3)\">Seek changes</a>\t" + cell + "\n";
        String html = "<table><tr><th>Rec. No.</th><th>Recommendation</th><th>Update</th></tr>"
                + "<tr><td>7</td><td><a href=\"javascript:alert(3)\">Seek changes</a></td><td>" + cell + "</td></tr></table>";

        for (PlanDocument plan : new PlanDocument[] {parser.parse(textExport, DocumentFormat.TEXT_EXPORT),
                parser.parse(html, DocumentFormat.HTML)}) {
            DocumentAction action = plan.actions().get(0);
            assertThat(action.recommendationText()).isEqualTo("Seek changes");
            assertThat(action.updates()).containsExactly(
                    DocumentUpdate.of(LocalDate.of(2024, 10, 1), "Updated Oct 24", null, null, "Work done."));
            assertThat(action.toString()).doesNotContain("alert", "onclick", "steal", "onerror", "javascript", "<");
        }
    }

    @Test
    void csvCellsArePlainTextSoMarkupInThemIsKeptAsWrittenNeverInterpreted() {
        String cell = "Updated Oct 24 <b onclick=\"x()\">Work</b> & more";
        String csv = "Rec. No.,Recommendation,Update\n7,Seek changes,\"" + cell.replace("\"", "\"\"") + "\"\n";

        DocumentAction action = parser.parse(csv, DocumentFormat.CSV).actions().get(0);

        assertThat(action.updates()).extracting(DocumentUpdate::text)
                .containsExactly("<b onclick=\"x()\">Work</b> & more");
    }

    @Test
    void somethingThatIsNotAPlanIsRejected() {
        String newsPage = "<html><body><nav><a href='/'>Home</a></nav><h1>Police open new station</h1>"
                + "<p>The chief constable said recommendation 7 of last year's report was welcome.</p>"
                + "<table><tr><th>Opening hours</th><th>Day</th></tr><tr><td>9-5</td><td>Monday</td></tr></table></body></html>";
        String contacts = "Name,Email\nJane Smith,jane@example.org\n";
        String headerOnly = "Rec. No.\tRecommendation\tUpdate\n\nThe table will be completed next month.\n";

        assertThatThrownBy(() -> parser.parse(newsPage, DocumentFormat.HTML)).isInstanceOf(NotAPlanException.class)
                .hasMessageContaining("No plan table found");
        assertThatThrownBy(() -> parser.parse(contacts, DocumentFormat.CSV)).isInstanceOf(NotAPlanException.class);
        assertThatThrownBy(() -> parser.parse("Just some notes.", DocumentFormat.TEXT_EXPORT))
                .isInstanceOf(NotAPlanException.class);
        assertThatThrownBy(() -> parser.parse(headerOnly, DocumentFormat.TEXT_EXPORT)).isInstanceOf(NotAPlanException.class)
                .hasMessageContaining("no rows with a recommendation number");
    }

    @Test
    void textFormatIsSniffedFromTheContentAndADeclaredTextFormatSettlesIt() {
        assertThat(detect(Fixture.read("westshire-plan.html"), null)).isEqualTo(DocumentFormat.HTML);
        assertThat(detect(Fixture.read("westshire-plan.md"), null)).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(detect(Fixture.read("westshire-plan.csv"), null)).isEqualTo(DocumentFormat.CSV);
        assertThat(detect(Seed.NORTHUMBRIA.read(), null)).isEqualTo(DocumentFormat.TEXT_EXPORT);
        assertThat(detect("a\tb", DocumentFormat.CSV)).isEqualTo(DocumentFormat.CSV);
    }

    private DocumentFormat detect(String content, DocumentFormat declared) {
        return parser.detect(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), declared, ReadLimits.DEFAULT);
    }
}
