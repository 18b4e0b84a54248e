package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanDocumentRendererTest {

    private final PlanDocumentParser parser = new PlanDocumentParser();
    private final PlanDocumentRenderer renderer = new PlanDocumentRenderer();

    static Stream<Arguments> seedsInEveryFormat() {
        return Stream.of(Seed.values()).flatMap(seed -> Stream.of(DocumentFormat.HTML, DocumentFormat.CSV,
                DocumentFormat.MARKDOWN, DocumentFormat.TEXT_EXPORT).map(format -> Arguments.of(seed, format)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsInEveryFormat")
    void renderedSeedParsesBackToTheSameActionsAndParticulars(Seed seed, DocumentFormat format) {
        PlanDocument original = seed.parse();

        PlanDocument roundTripped = parser.parse(renderer.render(original, format), format);

        assertThat(roundTripped.actions()).isEqualTo(original.actions());
        assertThat(roundTripped.organisationName()).isEqualTo(original.organisationName());
        assertThat(roundTripped.executiveLead()).isEqualTo(original.executiveLead());
        assertThat(roundTripped.operationalLead()).isEqualTo(original.operationalLead());
        assertThat(roundTripped.governanceBody()).isEqualTo(original.governanceBody());
        assertThat(roundTripped.versionLabel()).isEqualTo(original.versionLabel());
        assertThat(roundTripped.reviewDate()).isEqualTo(original.reviewDate());
        if (original.title() != null) {
            assertThat(roundTripped.title()).isEqualTo(original.title());
        }
    }

    @Test
    void htmlIsACompleteAccessiblePage() {
        String html = renderer.render(Seed.NORTHUMBRIA.parse(), DocumentFormat.HTML);
        Document page = Jsoup.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.title()).startsWith("Police Stalking Action Plan (March 2026 Update)");
        assertThat(page.select("table > caption").text()).isEqualTo("Actions and progress updates: Northumbria Police");
        assertThat(page.select("thead th")).allSatisfy(header -> assertThat(header.attr("scope")).isEqualTo("col"))
                .extracting(header -> header.text()).containsExactly("Rec. No.", "Sub-point", "Recommendation",
                        "Evidence requirement", "Owner", "Update", "Status", "RAG", "Target Date");
        assertThat(page.select("tbody tr")).hasSize(33);
        assertThat(page.select("tbody th[scope=row]").first().text()).isEqualTo("7");
        assertThat(page.select("dt").eachText()).containsExactly("Force", "Source", "Version", "Executive Lead",
                "Operational Lead");
    }

    @Test
    void everyUpdateIsWrittenWithItsPeriodDateAndAuthor() {
        PlanDocument plan = plan(action(List.of(
                DocumentUpdate.of(LocalDate.of(2024, 10, 1), "Oct 24", "Jane Smith", "Det Supt Southbank", "First."),
                DocumentUpdate.of(null, null, null, null, "Undated note."))));

        String csv = renderer.render(plan, DocumentFormat.CSV);

        assertThat(csv).contains("[Update | Period: Oct 24 | Reported on: 2024-10-01 | Author: Jane Smith | "
                + "Role: Det Supt Southbank]\n\nFirst.\n\n[Update]\n\nUndated note.");
        assertThat(parser.parse(csv, DocumentFormat.CSV).actions()).isEqualTo(plan.actions());
    }

    @Test
    void markupInThePlansTextIsEscapedNeverEmitted() {
        PlanDocument plan = plan(hostileAction(List.of(new DocumentLink("<b>evil</b>", "javascript:alert(4)"),
                new DocumentLink("Policy", "https://example.org/a?b=1&c=2"))));

        String html = renderer.render(plan, DocumentFormat.HTML);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, [onclick], [onerror], i, b")).isEmpty();
        assertThat(page.select("a")).singleElement().satisfies(link ->
                assertThat(link.attr("href")).isEqualTo("https://example.org/a?b=1&c=2"));
        assertThat(html).doesNotContain("<script>", "<img", "<b onclick", "href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x()&quot;&gt;");
    }

    @Test
    void textThatLooksLikeMarkupSurvivesTheRoundTripAsText() {
        PlanDocument plan = plan(hostileAction(List.of(new DocumentLink("Policy", "https://example.org/a?b=1&c=2"))));

        for (DocumentFormat format : DocumentFormat.renderable()) {
            assertThat(parser.parse(renderer.render(plan, format), format).actions()).as(format.name())
                    .isEqualTo(plan.actions());
        }
    }

    private static DocumentAction hostileAction(List<DocumentLink> documents) {
        return new DocumentAction("7", null, "<script>alert(1)</script> & <b onclick=\"x()\">bold</b>", null,
                "Check | pipes, \"quotes\", *stars*, \\ and [brackets](javascript:alert(2))", "<img src=x onerror=alert(3)>",
                null, "In progress", ActionStatus.IN_PROGRESS, Rag.RED, null, LocalDate.of(2025, 3, 27), documents,
                List.of(DocumentUpdate.of(null, null, null, null, "<script>alert(5)</script> &amp; R&D")));
    }

    private static DocumentAction action(List<DocumentUpdate> updates) {
        return new DocumentAction("7", "7.1", "By 27 March 2025, seek changes.", "Processes are in place.",
                "Brief all officers.", "DCI Amy Brown", new Person("Amy Brown", "DCI", null), "On Track",
                ActionStatus.ON_TRACK, Rag.GREEN, 50, LocalDate.of(2025, 3, 27), List.of(), updates);
    }

    private static PlanDocument plan(DocumentAction action) {
        return new PlanDocument("Westshire Police", "Plan", null, null, null, null, null, null, List.of(action),
                List.of(), Set.of());
    }
}
