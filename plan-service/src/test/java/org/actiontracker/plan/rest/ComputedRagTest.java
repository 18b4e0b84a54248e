package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.events.PlanDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The RAG computed from an action's own facts beside the declared one, on the action, the list and the events. */
@QuarkusTest
class ComputedRagTest {

    private static final String RAG_MISMATCH = "org.actiontracker.action.rag-mismatch";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private UUID organisation;
    private UUID plan;

    @BeforeEach
    void createPlan() {
        organisation = Api.createOrganisation();
        plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
    }

    @Test
    void anOverdueActionDeclaredGreenIsComputedRedAndMismatched() {
        UUID overdue = create(TODAY.minusDays(10), "IN_PROGRESS", 90, "GREEN");

        editor(organisation).get("/api/v1/actions/{id}", overdue).then().statusCode(200)
                .body("rag", equalTo("GREEN")).body("computedRag", equalTo("RED")).body("ragMismatch", equalTo(true));
        assertThat(PlanDatabase.eventTypesAudited(overdue)).containsExactly("org.actiontracker.action.created",
                RAG_MISMATCH);
    }

    @Test
    void finishedActionsAreNotRatedAndNeverMismatch() {
        UUID complete = create(TODAY.minusDays(10), "COMPLETE", 100, "GREEN");

        editor(organisation).get("/api/v1/actions/{id}", complete).then().statusCode(200)
                .body("computedRag", nullValue()).body("ragMismatch", equalTo(false));
        assertThat(PlanDatabase.eventTypesAudited(complete)).doesNotContain(RAG_MISMATCH);
    }

    @Test
    void theListFiltersByMismatchAndRatesAsTheActionItselfDoes() {
        UUID overdue = create(TODAY.minusDays(1), "DELAYED", 20, "AMBER");
        UUID dueSoon = create(TODAY.plusDays(30), "IN_PROGRESS", 10, "AMBER");
        UUID onTrack = create(TODAY.plusDays(200), "ON_TRACK", 60, "GREEN");
        UUID undeclared = create(TODAY.plusDays(5), "IN_PROGRESS", 0, null);

        assertThat(listIds("&ragMismatch=true")).containsExactly(overdue.toString());
        assertThat(listIds("&ragMismatch=false")).containsExactlyInAnyOrder(dueSoon.toString(), onTrack.toString(),
                undeclared.toString());
        Map<String, String> listed = computedRags("");
        assertThat(listed).containsEntry(overdue.toString(), "RED").containsEntry(dueSoon.toString(), "AMBER")
                .containsEntry(onTrack.toString(), "GREEN").containsEntry(undeclared.toString(), "AMBER");
        listed.forEach((id, computed) -> editor(organisation).get("/api/v1/actions/{id}", id).then()
                .body("computedRag", equalTo(computed)));
    }

    @Test
    void staleEntriesTurnAmberThenRedInTheListAndOnTheAction() {
        UUID quiet = create(TODAY.plusDays(365), "ON_TRACK", 60, "GREEN");
        UUID silent = create(TODAY.plusDays(365), "ON_TRACK", 60, "GREEN");
        // The plan's reporting interval is 90 days: 91 days without an update is one interval too many, 181 two.
        PlanDatabase.execute("update action set latest_update_at = now() - interval '91 days' where id = '" + quiet + "'");
        PlanDatabase.execute("update action set created_at = now() - interval '182 days' where id = '" + silent + "'");

        assertThat(computedRags("")).containsEntry(quiet.toString(), "AMBER").containsEntry(silent.toString(), "RED");
        editor(organisation).get("/api/v1/actions/{id}", quiet).then().body("computedRag", equalTo("AMBER"));
        editor(organisation).get("/api/v1/actions/{id}", silent).then().body("computedRag", equalTo("RED"))
                .body("ragMismatch", equalTo(true));
    }

    @Test
    void aWriteThatMakesThemDisagreeEmitsRagMismatchOnceWhileTheyStillDisagree() {
        UUID action = create(TODAY.plusDays(200), "ON_TRACK", 60, "GREEN");

        editor(organisation).header("If-Match", "\"0\"").body(Map.of("rag", "RED"))
                .patch("/api/v1/actions/{id}", action).then().statusCode(200)
                .body("computedRag", equalTo("GREEN")).body("ragMismatch", equalTo(true));
        editor(organisation).header("If-Match", "\"1\"").body(Map.of("description", "Still disagreeing"))
                .patch("/api/v1/actions/{id}", action).then().statusCode(200).body("ragMismatch", equalTo(true));
        editor(organisation).body(Map.of("text", "Back on track", "newRag", "GREEN"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201);
        editor(organisation).body(Map.of("text", "Slipping", "newRag", "AMBER"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201);

        assertThat(PlanDatabase.eventTypesAudited(action).stream().filter(RAG_MISMATCH::equals)).hasSize(2);
    }

    @Test
    void aRagMismatchFilterThatIsNotABooleanIsABadRequestNamingIt() {
        assertProblem(editor(organisation).get("/api/v1/actions?ragMismatch=maybe").then(), 400, "ragMismatch");
    }

    private UUID create(LocalDate target, String status, int percent, String rag) {
        Map<String, Object> body = new HashMap<>(Map.of("recommendationNumber", "14", "description", "Work",
                "targetDate", target.toString(), "status", status, "percentComplete", percent));
        if (rag != null) {
            body.put("rag", rag);
        }
        return UUID.fromString(editor(organisation).body(body).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201).extract().path("id"));
    }

    private List<String> listIds(String query) {
        return editor(organisation).get("/api/v1/actions?size=100&planId=" + plan + query).then().statusCode(200)
                .extract().path("items.id");
    }

    private Map<String, String> computedRags(String query) {
        List<Map<String, Object>> items = editor(organisation).get("/api/v1/actions?size=100&planId=" + plan + query)
                .then().statusCode(200).extract().path("items");
        Map<String, String> rags = new HashMap<>();
        items.forEach(item -> rags.put((String) item.get("id"), (String) item.get("computedRag")));
        return rags;
    }
}
