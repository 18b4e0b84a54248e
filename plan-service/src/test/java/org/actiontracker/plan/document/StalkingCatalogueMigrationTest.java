package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StalkingCatalogueMigrationTest {

    @Test
    void migrationLoadsTheReportWithItsTwentyNineRecommendations() {
        List<StalkingCatalogue.Row> rows = StalkingCatalogue.rows();

        assertThat(StalkingCatalogue.sql()).contains("'5a1c0000-0000-4000-8000-000000000001', 'The police response to stalking',"
                + "\n        'HMICFRS, IOPC and College of Policing', date '2024-09-27'");
        assertThat(rows).extracting(StalkingCatalogue.Row::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 29).mapToObj(String::valueOf).toList());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.id()).isEqualTo("5a1c0000-0000-4000-8000-0000000001%02d".formatted(Integer.parseInt(row.number())));
            assertThat(row.position()).isEqualTo(Integer.parseInt(row.number()));
            assertThat(row.addressees()).startsWith("[\"").endsWith("\"]");
            assertThat(row.text()).isNotBlank().doesNotContain("$$");
        });
    }

    @Test
    void deadlinesAreTheOnesTheRecommendationTextsSet() {
        assertThat(StalkingCatalogue.rows()).allSatisfy(row -> {
            LocalDate fromText = DateExpressions.deadline(row.text());
            assertThat(row.deadline()).as("recommendation " + row.number())
                    .isEqualTo(fromText == null ? "null" : "date '" + fromText + "'");
        });
    }

    @Test
    void subPointsAreTheOnesNorthumbriaAndNorthamptonshireList() {
        TreeSet<String> listedBySeeds = new TreeSet<>();
        Stream.of(Seed.NORTHUMBRIA, Seed.NORTHAMPTONSHIRE).flatMap(seed -> seed.parse().actions().stream())
                .map(DocumentAction::subPointRef).forEach(listedBySeeds::add);

        TreeSet<String> catalogued = new TreeSet<>();
        StalkingCatalogue.rows().forEach(row -> catalogued.addAll(row.subPointRefs()));

        assertThat(catalogued).isEqualTo(listedBySeeds).hasSize(39);
    }

    @Test
    void everyRecommendationAFourSeedPlanAnswersMatchesItsCatalogueText() {
        RecommendationCatalogue catalogue = StalkingCatalogue.catalogue();
        for (Seed seed : List.of(Seed.HUMBERSIDE, Seed.NORTHUMBRIA, Seed.CLEVELAND, Seed.NORTHAMPTONSHIRE)) {
            assertThat(seed.parse().actions()).as(seed.name()).allSatisfy(action -> assertThat(
                    catalogue.similarity(action.recommendationText(), action.recommendationNumber()))
                    .as("recommendation " + action.recommendationNumber()).isGreaterThanOrEqualTo(0.7));
        }
    }
}
