package org.actiontracker.plan.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.actiontracker.plan.imports.Imports.admin;
import static org.actiontracker.plan.imports.Imports.auditedEvents;
import static org.actiontracker.plan.imports.Imports.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/** The five published seed plans through POST /imports, as a dry run and for real. */
@QuarkusTest
class SeedImportTest {

    @ParameterizedTest
    @EnumSource(SeedPlan.class)
    void dryRunReportsTheSeedsActionsAndUpdatesAndWritesNothing(SeedPlan seed) {
        UUID organisation = Api.createOrganisation();
        long eventsBefore = auditedEvents(organisation);

        JsonPath result = post(admin(), seed.read(), organisation, true).then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("planId", nullValue())
                .body("format", equalTo("text"))
                .body("organisation.id", equalTo(organisation.toString()))
                .body("plan.outcome", equalTo("NEW"))
                .body("actions.outcome", everyItem(equalTo("NEW")))
                .body("actions.id", everyItem(nullValue()))
                .extract().jsonPath();

        assertCounts(result, seed);
        assertThat(result.getInt("counts.newActions")).isEqualTo(seed.actions);
        assertThat(result.getInt("counts.newUpdates")).isEqualTo(seed.updates());
        assertThat(result.getList("unplacedRows")).isEmpty();
        assertThat(PlanRows.plansOf(organisation)).isEmpty();
        assertThat(auditedEvents(organisation)).as("events").isEqualTo(eventsBefore);
    }

    @ParameterizedTest
    @EnumSource(SeedPlan.class)
    void importCreatesThePlanWithEveryActionAndUpdateAndEmitsTheirEvents(SeedPlan seed) {
        Imports.Imported imported = Imports.seed(seed);
        JsonPath result = imported.result();

        assertThat(result.getBoolean("dryRun")).isFalse();
        assertThat(result.getString("plan.outcome")).isEqualTo("NEW");
        assertCounts(result, seed);
        assertThat(result.getList("actions.id")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(PlanRows.actionsOf(imported.plan())).hasSize(seed.actions)
                .extracting(action -> action.get("id")).containsExactlyElementsOf(result.getList("actions.id"));
        List<Map<String, Object>> updates = PlanRows.updatesOf(imported.plan());
        assertThat(updates).hasSize(seed.updates());
        assertThat(updates).filteredOn(update -> update.get("reported_on") == null).hasSize(seed.undatedUpdates);
        // organisation.created and plan.created; per action action.created; per update update.recorded and
        // action.updated
        assertThat(auditedEvents(imported.organisation())).isEqualTo(2 + seed.actions + 2L * seed.updates());
    }

    @Test
    void createdPlanAnswers201WithItsLocation() {
        UUID organisation = Api.createOrganisation();

        ExtractableResponse<Response> response = post(admin(), SeedPlan.CLEVELAND.read(), organisation, false)
                .then().statusCode(201).body("organisation.id", equalTo(organisation.toString())).extract();

        assertThat(response.header("Location")).endsWith("/api/v1/plans/" + response.path("planId"));
        Api.admin().get(response.header("Location")).then().statusCode(200)
                .body("title", equalTo("Response to Stalking Super Complaint"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void humbersideUndatedUpdatesAreKeptAndFlaggedAndDatedOnesKeepTheirPeriodAndAuthor() {
        JsonPath result = Imports.seed(SeedPlan.HUMBERSIDE).result();
        UUID plan = UUID.fromString(result.getString("planId"));

        Map<String, Object> first = PlanRows.actionsOf(plan).get(0);
        assertThat(first).containsEntry("recommendation_number", "7").containsEntry("status_label", "Complete")
                .containsEntry("status", "COMPLETE").containsEntry("description", "1. Processes should be put in"
                        + " place to make sure this system capability is effectively used by officers and staff.");
        Map<String, Object> undated = PlanRows.updatesOf(plan).get(0);
        assertThat(undated).containsEntry("position", "1").containsEntry("reported_on", null)
                .containsEntry("period", null);
        assertThat(undated.get("recorded_at")).isNotNull();
        assertThat((String) undated.get("text")).startsWith("as Niche ONLY allows for one principle crime");
        assertThat(result.getMap("actions[0].updates[0]")).containsEntry("undated", true);

        Map<String, Object> victimsRights = action(result, "14", "2. Their force has appropriate processes");
        assertThat(victimsRights).containsEntry("statusLabel", "Ongoing").containsEntry("status", "IN_PROGRESS");
        assertThat((List<Map<String, Object>>) victimsRights.get("updates"))
                .extracting(update -> update.get("reportedOn") + " " + update.get("period") + " "
                        + update.get("authorRole"))
                .containsExactly("2024-10-01 Oct 24 Det Supt Southbank", "2024-11-18 Update 18/11/24 null");
        assertThat(action(result, "28", "2. By 27 March 2025")).containsEntry("targetDate", "2025-03-27");
    }

    @Test
    void northumbriaSubPointsBodiesAsOwnersLeadsAndBothUpdateRoundsAreStored() {
        JsonPath result = Imports.seed(SeedPlan.NORTHUMBRIA).result();
        UUID plan = UUID.fromString(result.getString("planId"));

        Api.admin().get("/api/v1/plans/{id}", plan).then().statusCode(200)
                .body("versionLabel", equalTo("March 2026 Update"))
                .body("executiveLead.name", equalTo("Alastair Simpson"))
                .body("executiveLead.role", equalTo("ACC 7231 (Crime and Safeguarding)"))
                .body("operationalLead.name", equalTo("Nicola Walker"))
                .body("state", equalTo("DRAFT"));
        assertThat(PlanRows.actionsOf(plan).get(0)).containsEntry("sub_point_ref", "7.1")
                .containsEntry("owner_name", "Chief Constables").containsEntry("owner_role", null)
                .containsEntry("target_date", "2025-03-27");
        assertThat(PlanRows.updatesOf(plan).subList(0, 3))
                .extracting(update -> update.get("reported_on") + " " + update.get("period"))
                .containsExactly("null Initial Action Plan Response", "2025-03-01 March 2025 Update",
                        "2026-03-01 March 2026 Update");
        assertThat(result.getList("warnings.code")).containsExactly("SUB_POINT_GAP", "ORGANISATION_MISMATCH");
    }

    @Test
    void northamptonshirePercentagesAndLeicestershireRenumberedRowsAreStored() {
        JsonPath northamptonshire = Imports.seed(SeedPlan.NORTHAMPTONSHIRE).result();
        Map<String, Object> audits = northamptonshire.getMap("actions.find { it.subPointRef == '11.2' }");
        assertThat(audits).containsEntry("statusLabel", "In Progress 25%").containsEntry("status", "IN_PROGRESS")
                .containsEntry("percentComplete", 25);
        assertThat(northamptonshire.getMap("actions.find { it.subPointRef == '11.2' }.updates[0]"))
                .containsEntry("reportedOn", "2024-11-20").containsEntry("period", "20/11/2024")
                .containsEntry("undated", false);
        assertThat(northamptonshire.getList("unmappedStatusLabels")).isEmpty();

        JsonPath leicestershire = Imports.seed(SeedPlan.LEICESTERSHIRE).result();
        assertThat(leicestershire.getList("actions.recommendationNumber", String.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 29).mapToObj(String::valueOf).toList());
        assertThat(leicestershire.getList("warnings.code", String.class))
                .filteredOn("RECOMMENDATION_RENUMBERED"::equals).hasSize(8);
        assertThat(leicestershire.getMap("actions[27]")).containsEntry("statusLabel", "Complete")
                .containsEntry("status", "COMPLETE");
        assertThat(leicestershire.getMap("actions[27].owner")).containsEntry("name", "Chief Constables");
        assertThat(PlanRows.actionsOf(UUID.fromString(leicestershire.getString("planId"))).get(27))
                .containsEntry("recommendation_number", "28").containsEntry("status", "COMPLETE");
    }

    private static void assertCounts(JsonPath result, SeedPlan seed) {
        assertThat(result.getInt("counts.recommendations")).as("recommendations").isEqualTo(seed.recommendations);
        assertThat(result.getInt("counts.actions")).as("actions").isEqualTo(seed.actions);
        assertThat(result.getInt("counts.datedUpdates")).as("dated updates").isEqualTo(seed.datedUpdates);
        assertThat(result.getInt("counts.undatedUpdates")).as("undated updates").isEqualTo(seed.undatedUpdates);
        assertThat(result.getList("actions")).hasSize(seed.actions);
        assertThat(result.getList("actions.updates.flatten()")).hasSize(seed.updates());
        assertThat(result.getList("actions.updates.flatten().findAll { it.undated }")).hasSize(seed.undatedUpdates);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> action(JsonPath result, String recommendation, String descriptionStart) {
        return ((List<Map<String, Object>>) (List<?>) result.getList("actions")).stream()
                .filter(action -> recommendation.equals(action.get("recommendationNumber"))
                        && ((String) action.get("description")).startsWith(descriptionStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + recommendation + " " + descriptionStart));
    }
}
