package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small readers the parser is built from: cell text, dates, statuses, people, update entries. */
class TextReadingTest {

    @Test
    void cellHtmlBecomesPlainTextWithParagraphsAndListItems() {
        String html = "<p><b>Context</b> - one</p> <p>two&nbsp;<i>words</i></p>"
                + "<ul style=\"x\"><li>• first</li><li>second</li></ul><p>after</p>";

        assertThat(CellText.fromHtml(html)).isEqualTo("Context - one\n\ntwo words\n\n- first\n- second\n\nafter");
        assertThat(CellText.fromHtml("<ul> • Meets outcomes. • Makes use. <p>Chief constables</p></ul>"))
                .isEqualTo("- Meets outcomes.\n- Makes use.\nChief constables");
        assertThat(CellText.fromCell("line one\nline two\n\nnext paragraph")).isEqualTo("line one\nline two\n\nnext paragraph");
        String plain = " a \t b\u00a0 c\r\n\n\n\n- d \n-\n";
        assertThat(CellText.fromCell(plain)).as("plain cells skip the HTML reading but read the same")
                .isEqualTo(CellText.fromHtml(plain.replace("\r\n", "\n").replace("\n", "<br>")))
                .isEqualTo("a b c\n\n- d");
        assertThat(CellText.fromHtml("27<sup>th</sup> March")).isEqualTo("27th March");
    }

    @Test
    void cellHtmlLosesScriptsStylesAndAttributesButNoText() {
        String html = "<div onclick=\"a()\">Keep <span style=\"color:red\">this</span><script>alert(1)</script>"
                + "<style>p{}</style><iframe src=\"https://evil\"></iframe> and <a href=\"https://example.org/x\">that</a></div>";

        assertThat(CellText.fromHtml(html)).isEqualTo("Keep this and that (https://example.org/x)");
    }

    @Test
    void textRoundTripsThroughItsHtmlForm() {
        String text = "First line\nsecond line\n\n- item <one> & R&D\n- item two\n\nlast";

        assertThat(CellText.fromHtml(CellText.toHtml(text))).isEqualTo(text);
        assertThat(CellText.fromCell(CellText.escapeMarkupOnly(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Oct 24|2024-10-01",
            "October 24|2024-10-01",
            "March 2025|2025-03-01",
            "18/11/24|2024-11-18",
            "20/11/2024|2024-11-20",
            "27th March 2025|2025-03-27",
            "27 th March 2025|2025-03-27",
            "27/6/25|2025-06-27"})
    void datesAreReadAsForcesWriteThem(String written, LocalDate expected) {
        assertThat(DateExpressions.parse(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By 27 March 2025, take steps to ...|2025-03-27",
            "By 22 November 2024 (56 days from publication), write to HMICFRS|2024-11-22",
            "By, 27 March 2025, take steps|2025-03-27",
            "27 March 2025, make sure the new College of Policing APP|2025-03-27",
            "Before the end of 2024, begin routinely publishing|2024-12-31",
            "Take steps to improve the quality of stalking investigations.|"})
    void deadlinesAreReadFromRecommendationTexts(String text, LocalDate expected) {
        assertThat(DateExpressions.deadline(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Complete|COMPLETE|",
            "Action Complete|COMPLETE|",
            "Ongoing|IN_PROGRESS|",
            "In Progress 25%|IN_PROGRESS|25",
            "on track|ON_TRACK|",
            "Delayed|DELAYED|",
            "Limited Progress|LIMITED_PROGRESS|",
            "Under Review|UNDER_REVIEW|",
            "Pending|PENDING|",
            "Closed|CLOSED|",
            "Not started|NOT_STARTED|",
            "Parked||"})
    void statusWordsMapOntoTheCanonicalScale(String label, ActionStatus status, Integer percent) {
        assertThat(StatusVocabulary.read(label)).isEqualTo(new StatusVocabulary.Reading(status, percent));
    }

    @Test
    void ragWordsAreRecognisedWhateverTheirCase() {
        assertThat(StatusVocabulary.rag("RED")).isEqualTo(Rag.RED);
        assertThat(StatusVocabulary.rag("Amber - at risk")).isEqualTo(Rag.AMBER);
        assertThat(StatusVocabulary.rag("g")).isEqualTo(Rag.GREEN);
        assertThat(StatusVocabulary.rag("Blue")).isNull();
    }

    @Test
    void peopleAreReadFromRanksNamesRolesAndAddressesButBodiesAreNot() {
        assertThat(PersonParser.parse("ACC 7231 Alastair Simpson (Crime and Safeguarding)"))
                .isEqualTo(new Person("Alastair Simpson", "ACC 7231 (Crime and Safeguarding)", null));
        assertThat(PersonParser.parse("D/Supt Reme Humphris")).isEqualTo(new Person("Reme Humphris", "D/Supt", null));
        assertThat(PersonParser.parse("Jane Smith (Head of Safeguarding) <jane.smith@police.uk>"))
                .isEqualTo(new Person("Jane Smith", "Head of Safeguarding", "jane.smith@police.uk"));
        assertThat(PersonParser.parse("Chief Constables")).isNull();
        assertThat(PersonParser.parse("CCs, PCCs and their mayor equivalents")).isNull();
        assertThat(PersonParser.parse("Home Office (Public Protection Unit)")).isNull();
        Person lead = new Person("Nicola Walker", "Chief Superintendent 7139", "n.walker@example.org");
        assertThat(PersonParser.parse(lead.displayText())).isEqualTo(lead);
    }

    @Test
    void updateCellsSplitAtEveryEntryMarkerForcesUse() {
        String cell = "Updated Oct 24 First. Det Supt Southbank - Oct 24 - Second. Nov 24, DCI Safeguarding Governance - "
                + "Third. Update 18/11/24 - Fourth. D/Supt Southbank - Fifth, on 23rd October 2024 as planned.\n\n"
                + "March 2025 Update - Sixth.\n\n27th March 2025 - Seventh.";

        assertThat(UpdateSplitter.split(cell, UpdateSplitter.Context.NONE)).containsExactly(
                DocumentUpdate.of(LocalDate.of(2024, 10, 1), "Updated Oct 24", null, null, "First."),
                DocumentUpdate.of(LocalDate.of(2024, 10, 1), "Oct 24", null, "Det Supt Southbank", "Second."),
                DocumentUpdate.of(LocalDate.of(2024, 11, 1), "Nov 24", null, "DCI Safeguarding Governance", "Third."),
                DocumentUpdate.of(LocalDate.of(2024, 11, 18), "Update 18/11/24", null, null, "Fourth."),
                DocumentUpdate.of(null, null, null, "D/Supt Southbank", "Fifth, on 23rd October 2024 as planned."),
                DocumentUpdate.of(LocalDate.of(2025, 3, 1), "March 2025 Update", null, null, "Sixth."),
                DocumentUpdate.of(LocalDate.of(2025, 3, 27), "27th March 2025", null, null, "Seventh."));
    }

    @Test
    void entriesWithoutADateTakeTheirRowsOrColumnsElseStayUndated() {
        assertThat(UpdateSplitter.split("No date here.", UpdateSplitter.Context.NONE))
                .containsExactly(DocumentUpdate.of(null, null, null, null, "No date here."));
        assertThat(UpdateSplitter.split("No date here.", new UpdateSplitter.Context("20/11/2024", LocalDate.of(2024, 11, 20))))
                .containsExactly(DocumentUpdate.of(LocalDate.of(2024, 11, 20), "20/11/2024", null, null, "No date here."));
        assertThat(UpdateSplitter.split("Initial plan.", new UpdateSplitter.Context("Initial Action Plan Response", null)))
                .containsExactly(DocumentUpdate.of(null, "Initial Action Plan Response", null, null, "Initial plan."));
        assertThat(UpdateSplitter.split(".", UpdateSplitter.Context.NONE)).as("nothing to keep").isEmpty();
    }
}
