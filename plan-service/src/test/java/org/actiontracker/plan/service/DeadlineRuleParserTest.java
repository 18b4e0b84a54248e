package org.actiontracker.plan.service;

import org.actiontracker.plan.domain.DeadlineRule;
import org.actiontracker.plan.domain.DeadlineRuleKind;
import org.actiontracker.plan.domain.DeadlineUnit;
import org.actiontracker.support.problem.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRuleParserTest {

    private static final LocalDate STALKING_REPORT_PUBLISHED = LocalDate.of(2024, 9, 27);
    /** "By 22 November 2024 (56 days from publication)", as the seed plans quote the report. */
    private static final Pattern DATED_RULE = Pattern.compile(
            "By (\\d{1,2} [A-Z][a-z]+ \\d{4}) \\(([a-z0-9 ]+ from publication)\\)");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            within 56 days of publication | 56 | DAYS   | 2024-11-22
            56 days from publication      | 56 | DAYS   | 2024-11-22
            within six months             | 6  | MONTHS | 2025-03-27
            Within 6 months of publication| 6  | MONTHS | 2025-03-27
            nine months from publication  | 9  | MONTHS | 2025-06-27
            twelve months                 | 12 | MONTHS | 2025-09-27
            8 weeks after publication     | 8  | WEEKS  | 2024-11-22
            within a year                 | 1  | YEARS  | 2025-09-27
            """)
    void periodsAfterPublicationCountInCalendarUnitsFromThePublicationDate(String text, int amount, DeadlineUnit unit,
                                                                            LocalDate due) {
        DeadlineRule rule = DeadlineRuleParser.parse(text);

        assertThat(rule.kind).isEqualTo(DeadlineRuleKind.RELATIVE);
        assertThat(rule.amount).isEqualTo(amount);
        assertThat(rule.unit).isEqualTo(unit);
        assertThat(rule.dueOn(STALKING_REPORT_PUBLISHED)).isEqualTo(due);
        assertThat(DeadlineRuleParser.parse(rule.text()).dueOn(STALKING_REPORT_PUBLISHED)).isEqualTo(due);
    }

    @Test
    void derivationSaysHowTheDateWasReached() {
        assertThat(DeadlineRuleParser.parse("within 56 days").derivation(STALKING_REPORT_PUBLISHED))
                .isEqualTo("56 days after publication on 2024-09-27");
        assertThat(DeadlineRuleParser.parse("one month").derivation(STALKING_REPORT_PUBLISHED))
                .isEqualTo("1 month after publication on 2024-09-27");
        assertThat(DeadlineRuleParser.parse("within 56 days").dueOn(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            by 27 March 2025 | 2025-03-27
            By 27 march 2025 | 2025-03-27
            2025-03-27       | 2025-03-27
            before 31 Dec 2024 | 2024-12-31
            """)
    void datesAreFixedWhateverThePublicationDate(String text, LocalDate date) {
        DeadlineRule rule = DeadlineRuleParser.parse(text);

        assertThat(rule.kind).isEqualTo(DeadlineRuleKind.FIXED);
        assertThat(rule.dueOn(LocalDate.of(2030, 1, 1))).isEqualTo(date);
        assertThat(rule.text()).isEqualTo("by " + date);
    }

    @Test
    void anOccasionWithoutADateIsKeptInItsOwnWordsAndGivesNoDate() {
        DeadlineRule rule = DeadlineRuleParser.parse("in the 2024-2025 parliamentary session");

        assertThat(rule.kind).isEqualTo(DeadlineRuleKind.EVENT);
        assertThat(rule.text()).isEqualTo("in the 2024-2025 parliamentary session");
        assertThat(rule.dueOn(STALKING_REPORT_PUBLISHED)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "none", "None"})
    void blankOrNoneIsNoDeadline(String text) {
        assertThat(DeadlineRuleParser.parse(text).kind).isEqualTo(DeadlineRuleKind.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "56", "within fifty days", "0 days", "by 31 February 2025", "months"})
    void anythingElseIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> DeadlineRuleParser.parse(text)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.fieldErrors()).extracting("field").containsExactly("deadlineRule");
        });
    }

    @Test
    void everyRuleTheSeedPlansQuoteGivesTheDateTheyPrintBesideItBarTwoMisprints() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> misprinted = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : seeds.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                Matcher quoted = DATED_RULE.matcher(Files.readString(seed));
                while (quoted.find()) {
                    LocalDate printed = LocalDate.parse(quoted.group(1),
                            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
                    LocalDate derived = DeadlineRuleParser.parse(quoted.group(2)).dueOn(STALKING_REPORT_PUBLISHED);
                    checked.add(quoted.group(2));
                    if (!derived.equals(printed)) {
                        misprinted.add(seed.getFileName() + ": " + quoted.group());
                    }
                }
            }
        }
        assertThat(checked).contains("56 days from publication", "six months from publication",
                "nine months from publication");
        // Both plans print the year of the report's 22 November 2024 as 2025; the rule is the report's.
        assertThat(misprinted).containsExactly(
                "northamptonshire-police.txt: By 22 November 2025 (56 days from publication)",
                "northumbria-police.txt: By 22 November 2025 (56 days from publication)");
    }
}
