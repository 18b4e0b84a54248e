package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ConcurrencyTest {

    @Test
    void editsNeedIfMatchAndAStaleOneIsRefusedWith412() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        UUID action = Api.createAction(organisation, plan, "14", null);
        String etag = editor(organisation).get("/api/v1/actions/{id}", action).then().extract().header("ETag");

        assertProblem(editor(organisation).body(Map.of("rag", "AMBER")).patch("/api/v1/actions/{id}", action)
                .then(), 428, "If-Match");
        String next = editor(organisation).header("If-Match", etag).body(Map.of("rag", "AMBER"))
                .patch("/api/v1/actions/{id}", action)
                .then().statusCode(200).body("rag", equalTo("AMBER")).extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);

        assertProblem(editor(organisation).header("If-Match", etag).body(Map.of("rag", "RED"))
                .patch("/api/v1/actions/{id}", action).then(), 412, "If-Match");
        assertProblem(editor(organisation).header("If-Match", etag).delete("/api/v1/actions/{id}", action).then(),
                412, "If-Match");
        editor(organisation).get("/api/v1/actions/{id}", action).then().body("rag", equalTo("AMBER"));
    }

    @Test
    void concurrentUpdatesToOneActionAllSucceed() throws Exception {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        UUID action = Api.createAction(organisation, plan, "14", null);
        int writers = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> posts = IntStream.range(0, writers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> editor(organisation)
                            .body(Map.of("text", "Progress note " + i, "newPercentComplete", i))
                            .post("/api/v1/actions/{id}/updates", action).statusCode(), pool))
                    .toList();
            List<Integer> statuses = posts.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsOnly(201);
        } finally {
            pool.shutdown();
        }
        editor(organisation).get("/api/v1/actions/{id}/updates?size=100", action)
                .then().body("totalItems", equalTo(writers));
        editor(organisation).get("/api/v1/actions/{id}", action).then().body("latestUpdateAt", notNullValue());
    }

    @Test
    void editingAnUpdateKeepsEveryEarlierRevisionAndWithdrawingKeepsItListed() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        UUID action = Api.createAction(organisation, plan, "14", null);
        String update = editor(organisation).body(Map.of("period", "Oct 24", "text", "First draft"))
                .post("/api/v1/actions/{id}/updates", action).then().statusCode(201).extract().path("id");

        editor(organisation).header("If-Match", "\"0\"").body(Map.of("period", "Oct 24", "text", "Corrected"))
                .put("/api/v1/updates/{id}", update)
                .then().statusCode(200).body("text", equalTo("Corrected")).body("revision", equalTo(2));
        assertProblem(editor(organisation).header("If-Match", "\"0\"").body(Map.of("text", "Lost edit"))
                .put("/api/v1/updates/{id}", update).then(), 412, "If-Match");

        editor(organisation).get("/api/v1/updates/{id}/revisions", update)
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].text", equalTo("First draft"))
                .body("[0].revision", equalTo(1))
                .body("[0].replacedBy", notNullValue());

        editor(organisation).header("If-Match", "\"1\"").delete("/api/v1/updates/{id}", update)
                .then().statusCode(200).body("withdrawn", equalTo(true)).body("withdrawnBy", notNullValue());
        editor(organisation).get("/api/v1/actions/{id}/updates", action)
                .then().body("totalItems", equalTo(1)).body("items[0].withdrawn", equalTo(true));
        editor(organisation).get("/api/v1/actions/{id}/updates?includeWithdrawn=false", action)
                .then().body("totalItems", equalTo(0));
        editor(organisation).get("/api/v1/actions/{id}", action).then()
                .body("latestUpdateAt", org.hamcrest.Matchers.nullValue());
        assertProblem(editor(organisation).header("If-Match", "*").body(Map.of("text", "Too late"))
                .put("/api/v1/updates/{id}", update).then(), 409, null);
    }
}
