package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.document.DocumentAction;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.imports.Imports;
import org.actiontracker.plan.imports.PlanRows;
import org.actiontracker.plan.imports.TestDocuments;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.imports.Imports.admin;
import static org.actiontracker.plan.imports.Imports.anonymous;
import static org.actiontracker.plan.imports.TestDocuments.action;
import static org.actiontracker.plan.imports.TestDocuments.update;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /sources/{id}/matrix: every organisation's answer to every recommendation, and the counts. */
@QuarkusTest
class MatrixTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    /**
     * A source with recommendation 7 (sub-points 7.1, 7.2; deadline 2025-03-27) and 14, answered by
     * Anyshire (7.1 overdue but updated; 14 complete), Blankshire (7.1 not updated for over 90 days;
     * 14 in progress, in time) and, in a draft, Caseshire (7.1 delayed).
     */
    private record Picture(UUID source, UUID anyshire, UUID blankshire, UUID caseshire) {
    }

    private static Picture picture;

    private static synchronized Picture picture() {
        if (picture == null) {
            UUID source = Api.createSource();
            picture = new Picture(source,
                    importInto(source, "PUBLISHED", List.of(
                            action("7", "7.1", "Flag secondary crimes", "In progress", ActionStatus.IN_PROGRESS, null,
                                    LocalDate.of(2025, 3, 27), update(TODAY.minusDays(10), "Supplier engaged.")),
                            action("14", null, "Tell victims their rights", "Complete", ActionStatus.COMPLETE, null,
                                    LocalDate.of(2025, 9, 27)))),
                    importInto(source, "PUBLISHED", List.of(
                            action("7", "7.1", "Search for stalking", "On track", ActionStatus.ON_TRACK, null, LATER,
                                    update(LocalDate.of(2025, 1, 1), "Search guidance drafted.")),
                            action("14", null, "Leaflets for victims", "In progress", ActionStatus.IN_PROGRESS, null,
                                    LATER))),
                    importInto(source, "DRAFT", List.of(
                            action("7", "7.1", "Audit flags", "Delayed", ActionStatus.DELAYED, null, LATER))));
        }
        return picture;
    }

    private static UUID importInto(UUID source, String state, List<DocumentAction> actions) {
        UUID organisation = Api.createOrganisation();
        admin().contentType("text/csv").body(TestDocuments.csv("Any Police", actions))
                .queryParam("sourceId", source).queryParam("organisationId", organisation)
                .queryParam("state", state).post("/api/v1/imports").then().statusCode(201);
        return organisation;
    }

    @Test
    void countsJudgeEachOrganisationByAllItsActionsOnTheRecommendation() {
        Picture picture = picture();

        JsonPath matrix = anonymous().get("/api/v1/sources/{id}/matrix", picture.source()).then().statusCode(200)
                .extract().jsonPath();

        assertThat(matrix.getString("asOf")).isEqualTo(TODAY.toString());
        assertThat(matrix.getList("recommendations.number")).containsExactly("7", "14");
        assertThat(matrix.getMap("recommendations[0].counts")).isEqualTo(Map.of("organisations", 2, "complete", 0,
                "onTrack", 0, "overdue", 1, "stale", 1));
        assertThat(matrix.getMap("recommendations[1].counts")).isEqualTo(Map.of("organisations", 2, "complete", 1,
                "onTrack", 1, "overdue", 0, "stale", 0));
        assertThat(matrix.getList("recommendations[0].rows.subPointRef")).containsExactly("7.1");
        Map<String, Object> overdue = cell(matrix, 0, picture.anyshire());
        assertThat(overdue).containsEntry("status", "IN_PROGRESS").containsEntry("targetDate", "2025-03-27")
                .containsEntry("latestUpdateOn", TODAY.minusDays(10).toString()).containsEntry("overdue", true)
                .containsEntry("stale", false);
        assertThat(cell(matrix, 0, picture.blankshire())).containsEntry("status", "ON_TRACK")
                .containsEntry("latestUpdateOn", "2025-01-01").containsEntry("overdue", false)
                .containsEntry("stale", true);
        assertThat(cell(matrix, 1, picture.anyshire())).containsEntry("status", "COMPLETE")
                .containsEntry("overdue", false).containsEntry("stale", false);
        assertThat(cell(matrix, 1, picture.blankshire())).containsEntry("latestUpdateOn", null)
                .containsEntry("stale", false);
    }

    @Test
    void anonymousSeesPublishedPlansOnlyWhileNationalAndTheDraftsOwnOrganisationSeeItToo() {
        Picture picture = picture();

        JsonPath forAnyone = anonymous().get("/api/v1/sources/{id}/matrix", picture.source()).then()
                .statusCode(200).extract().jsonPath();
        JsonPath forNational = Imports.as("national", null).get("/api/v1/sources/{id}/matrix", picture.source())
                .then().statusCode(200).extract().jsonPath();
        JsonPath forCaseshire = Imports.as("viewer", picture.caseshire())
                .get("/api/v1/sources/{id}/matrix", picture.source()).then().statusCode(200).extract().jsonPath();

        assertThat(forAnyone.getList("organisations.id"))
                .containsExactlyInAnyOrder(picture.anyshire().toString(), picture.blankshire().toString());
        assertThat(forAnyone.getList("recommendations.rows.cells.flatten().organisationId"))
                .doesNotContain(picture.caseshire().toString());
        assertThat(forNational.getList("organisations.id")).hasSize(3).contains(picture.caseshire().toString());
        assertThat(forNational.getMap("recommendations[0].counts")).containsEntry("organisations", 3)
                .containsEntry("onTrack", 0).containsEntry("overdue", 1);
        assertThat(forNational.getList("organisations.planState")).contains("DRAFT");
        assertThat(forCaseshire.getList("organisations.id")).hasSize(3);
        assertProblem(anonymous().get("/api/v1/sources/{id}/matrix", UUID.randomUUID()).then(), 404, null);
    }

    @Test
    void fortyThreeForcesWithFortyActionsEachAreAllInTheMatrix() {
        UUID source = UUID.randomUUID();
        String code = UUID.randomUUID().toString().substring(0, 8);
        PlanRows.execute("""
                insert into source (id, title, created_at, created_by, updated_at, updated_by, version)
                values ('%1$s', 'Load test %2$s', now(), 'test', now(), 'test', 0);
                insert into recommendation (id, source_id, number, position, text, deadline, created_at, created_by,
                                            updated_at, updated_by, version)
                select gen_random_uuid(), '%1$s', n::text, n, 'Recommendation ' || n, date '2025-03-27', now(), 'test',
                       now(), 'test', 0 from generate_series(1, 40) n;
                insert into organisation (id, code, name, kind, created_at, created_by, updated_at, updated_by, version)
                select gen_random_uuid(), 'L%2$s-' || n, 'Load %2$s force ' || n, 'POLICE_FORCE', now(), 'test', now(),
                       'test', 0 from generate_series(1, 43) n;
                insert into plan (id, organisation_id, source_id, title, state, created_at, created_by, updated_at,
                                  updated_by, version)
                select gen_random_uuid(), id, '%1$s', 'Plan', 'PUBLISHED', now(), 'test', now(), 'test', 0
                from organisation where code like 'L%2$s-%%';
                insert into action (id, plan_id, organisation_id, recommendation_id, recommendation_number, position,
                                    description, target_date, status, rag, latest_update_at, created_at, created_by,
                                    updated_at, updated_by, version)
                select gen_random_uuid(), p.id, p.organisation_id, r.id, r.number, r.position, 'Answer ' || r.number,
                       date '2025-01-01' + (r.position * 20), (array['NOT_STARTED', 'IN_PROGRESS', 'DELAYED',
                       'COMPLETE'])[1 + (r.position + length(p.id::text)) %% 4], 'AMBER',
                       now() - interval '1 day' * r.position * 5, now() - interval '1 year', 'test', now(), 'test', 0
                from plan p cross join recommendation r where p.source_id = '%1$s' and r.source_id = '%1$s';
                """.formatted(source, code));
        // Its speed is measured by system-tests' PagesBenchmark (README "Benchmarks"), not asserted here.
        JsonPath matrix = anonymous().get("/api/v1/sources/{id}/matrix", source).then().statusCode(200)
                .extract().jsonPath();

        assertThat(matrix.getList("organisations")).hasSize(43);
        assertThat(matrix.getList("recommendations.rows.cells.flatten()")).hasSize(43 * 40);
        assertThat(matrix.getList("recommendations.counts.organisations", Integer.class)).containsOnly(43);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(JsonPath matrix, int recommendation, UUID organisation) {
        List<Map<String, Object>> cells = matrix.getList("recommendations[" + recommendation
                + "].rows.cells.flatten()");
        return cells.stream().filter(cell -> organisation.toString().equals(cell.get("organisationId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no cell of " + organisation));
    }
}
