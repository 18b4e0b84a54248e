package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.events.PlanDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.admin;
import static org.actiontracker.plan.Api.anonymous;
import static org.actiontracker.plan.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Deadlines kept as the report states them and dated from its publication. */
@QuarkusTest
class DerivedDeadlinesTest {

    private static final String STALKING_REPORT = "5a1c0000-0000-4000-8000-000000000001";

    @Test
    void theStalkingReportsDeadlinesCountFromItsPublicationOn27September2024() {
        JsonPath recommendations = anonymous().get("/api/v1/sources/{id}/recommendations?size=100", STALKING_REPORT)
                .then().statusCode(200).extract().jsonPath();

        assertDeadline(recommendations, "27", "within 56 days of publication", "2024-11-22",
                "56 days after publication on 2024-09-27");
        assertDeadline(recommendations, "28", "within 56 days of publication", "2024-11-22",
                "56 days after publication on 2024-09-27");
        assertDeadline(recommendations, "14", "within 6 months of publication", "2025-03-27",
                "6 months after publication on 2024-09-27");
        assertDeadline(recommendations, "29", "within 9 months of publication", "2025-06-27",
                "9 months after publication on 2024-09-27");
        assertDeadline(recommendations, "22", "within 12 months of publication", "2025-09-27",
                "12 months after publication on 2024-09-27");
        assertDeadline(recommendations, "9", "by 2024-12-31", "2024-12-31", "fixed date 2024-12-31");
        assertDeadline(recommendations, "1", "in the 2024-2025 parliamentary session", null,
                "no date: in the 2024-2025 parliamentary session");
        assertDeadline(recommendations, "26", null, null, null);
        assertThat(recommendations.<Map<String, Object>>getList("items")).hasSize(29).allSatisfy(item -> {
            assertThat(item.get("dueOn")).as("recommendation " + item.get("number")).isEqualTo(item.get("deadline"));
        });
        assertThat(recommendations.<String>get("items.find { it.number == '27' }.deadlineRuleDetail.unit"))
                .isEqualTo("DAYS");
        anonymous().get("/api/v1/sources/{id}", STALKING_REPORT).then().statusCode(200)
                .body("kind", equalTo("SUPER_COMPLAINT"));
    }

    @Test
    void aRuleInWordsIsParsedAndDatedFromTheSourcesPublication() {
        UUID source = createSource("2024-09-27", "SUPER_COMPLAINT");

        admin().body(Map.of("number", "1", "text", "Respond", "deadlineRule", "within six months"))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201)
                .body("deadlineRule", equalTo("within 6 months of publication"))
                .body("deadlineRuleDetail.kind", equalTo("RELATIVE"))
                .body("deadlineRuleDetail.amount", equalTo(6))
                .body("dueOn", equalTo("2025-03-27"))
                .body("derivation", equalTo("6 months after publication on 2024-09-27"));
        admin().body(Map.of("number", "2", "text", "Legislate", "deadlineRule", "in the 2024-2025 parliamentary session"))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201)
                .body("deadlineRuleDetail.kind", equalTo("EVENT"))
                .body("dueOn", nullValue());
        admin().body(Map.of("number", "3", "text", "Record", "deadline", "2025-01-31"))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201)
                .body("deadlineRule", equalTo("by 2025-01-31")).body("dueOn", equalTo("2025-01-31"));
    }

    @Test
    void aRuleThatCannotBeReadIsABadRequestNamingDeadlineRule() {
        UUID source = createSource("2024-09-27", "OTHER");

        assertProblem(admin().body(Map.of("number", "1", "text", "Respond", "deadlineRule", "soonish"))
                .post("/api/v1/sources/{id}/recommendations", source).then(), 400, "deadlineRule");
        String id = admin().body(Map.of("number", "2", "text", "Respond", "deadlineRule", "56 days"))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201).extract().path("id");
        assertProblem(admin().header("If-Match", "\"0\"").body(Map.of("deadlineRule", "by 31 February 2025"))
                .patch("/api/v1/recommendations/{id}", id).then(), 400, "deadlineRule");
        assertProblem(admin().header("If-Match", "\"0\"").body(Map.of("deadlineRule", "56 days", "deadline",
                "2025-01-01")).patch("/api/v1/recommendations/{id}", id).then(), 400, "deadline");
    }

    @Test
    void correctingThePublicationDateMovesEveryDerivedDeadlineAndRecordsTheirEvents() {
        UUID source = createSource("2024-09-27", "SUPER_COMPLAINT");
        String relative = admin().body(Map.of("number", "1", "text", "Respond", "deadlineRule", "within 56 days"))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201).extract().path("id");
        String fixed = admin().body(Map.of("number", "2", "text", "Record", "deadlineRule", "by 27 March 2025"))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201).extract().path("id");
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, source, "DRAFT");
        Api.editor(organisation).get("/api/v1/plans/{id}", plan).then().statusCode(200)
                .body("responseDueOn", equalTo("2024-11-22"));

        admin().header("If-Match", "\"0\"").body(Map.of("publishedOn", "2024-10-04"))
                .patch("/api/v1/sources/{id}", source).then().statusCode(200);

        anonymous().get("/api/v1/recommendations/{id}", relative).then().statusCode(200)
                .body("dueOn", equalTo("2024-11-29")).body("deadline", equalTo("2024-11-29"))
                .body("derivation", equalTo("56 days after publication on 2024-10-04"))
                .body("version", equalTo(1));
        anonymous().get("/api/v1/recommendations/{id}", fixed).then().statusCode(200)
                .body("dueOn", equalTo("2025-03-27")).body("version", equalTo(0));
        Api.editor(organisation).get("/api/v1/plans/{id}", plan).then().statusCode(200)
                .body("responseDueOn", equalTo("2024-11-29"));
        assertThat(auditedTypes(relative)).containsExactly("org.actiontracker.recommendation.created",
                "org.actiontracker.recommendation.updated");
        assertThat(auditedTypes(fixed)).containsExactly("org.actiontracker.recommendation.created");
        assertThat(auditedTypes(plan.toString())).containsExactly("org.actiontracker.plan.created",
                "org.actiontracker.plan.updated");
    }

    @Test
    void onlyASuperComplaintSetsThePlanAResponseDeadline() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, createSource("2024-09-27", "INSPECTION"), "DRAFT");

        Api.editor(organisation).get("/api/v1/plans/{id}", plan).then().statusCode(200)
                .body("responseDueOn", nullValue());
    }

    private static void assertDeadline(JsonPath recommendations, String number, String rule, String dueOn,
                                       String derivation) {
        String item = "items.find { it.number == '" + number + "' }.";
        assertThat(recommendations.<String>get(item + "deadlineRule")).as("rule of " + number).isEqualTo(rule);
        assertThat(recommendations.<String>get(item + "dueOn")).as("due date of " + number).isEqualTo(dueOn);
        assertThat(recommendations.<String>get(item + "derivation")).as("derivation of " + number)
                .isEqualTo(derivation);
    }

    private static UUID createSource(String publishedOn, String kind) {
        return UUID.fromString(admin().body(Map.of("title", Api.unique("Report"), "publishedOn", publishedOn,
                "kind", kind)).post("/api/v1/sources").then().statusCode(201).extract().path("id"));
    }

    private static List<String> auditedTypes(String resourceId) {
        return PlanDatabase.eventTypesAudited(UUID.fromString(resourceId));
    }
}
