package org.actiontracker.plan.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.events.ChangeGeneration;
import org.actiontracker.plan.events.PlanDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * The national matrix page is rendered once per change, not per request: a write of this instance shows on the next
 * page at once, another instance's write once the event stream carries it, and a live page's row is always read
 * afresh.
 */
@QuarkusTest
class MatrixPageCacheTest {

    private static final UUID STALKING_REPORT = UUID.fromString("5a1c0000-0000-4000-8000-000000000001");

    @Inject
    ChangeGeneration changes;

    private UUID organisation;
    private UUID plan;

    @BeforeEach
    void publishAPlan() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        organisation = Api.createOrganisation();
        plan = Api.createPlan(organisation, STALKING_REPORT, "PUBLISHED");
    }

    @Test
    void anActionAddedThroughTheApiIsOnTheNextMatrixPage() {
        UUID first = Api.createAction(organisation, plan, "4", null);
        assertThat(matrixCell(first)).isNotNull();

        UUID second = Api.createAction(organisation, plan, "4", null);

        assertThat(matrixCell(second)).isNotNull();
    }

    @Test
    void aChangeWrittenElsewhereShowsOnceTheEventStreamCarriesItsEvent() {
        UUID action = Api.createAction(organisation, plan, "5", null);
        awaitQuiet();
        assertThat(matrixCell(action).hasClass("is-overdue")).isFalse();

        // As another instance would: the data changes, and this instance hears nothing of it yet.
        PlanDatabase.execute("update action set target_date = date '2001-01-01' where id = '" + action + "'");
        assertThat(matrixCell(action).hasClass("is-overdue")).as("the rendering kept until a change is heard of")
                .isFalse();
        assertThat(rowCell("5", action).hasClass("is-overdue")).as("a live page's row, read afresh").isTrue();

        // The other instance's event, in the outbox they share: a copy of the action's own with an id of its own.
        UUID event = UUID.randomUUID();
        PlanDatabase.execute("insert into outbox_event (event_id, topic, partition_key, type, payload, created_at) "
                + "select '" + event + "', topic, partition_key, type, replace(payload, event_id::text, '" + event
                + "'), now() from outbox_event where type = 'org.actiontracker.action.created' "
                + "and payload like '%" + action + "%'");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(matrixCell(action).hasClass("is-overdue")).isTrue());
    }

    @Test
    void aBrowserTakingGzipGetsThePageCompressedAndEveryoneElseGetsItPlain() {
        RestAssured.given().accept(ContentType.HTML).header("Accept-Encoding", "gzip").get("/matrix")
                .then().statusCode(200).header("Content-Encoding", "gzip")
                .header("Vary", containsString("Accept-Encoding")).body(containsString("National matrix"));
        RestAssured.given().config(RestAssured.config().decoderConfig(
                        DecoderConfig.decoderConfig().noContentDecoders()))
                .accept(ContentType.HTML).header("Accept-Encoding", "identity").get("/matrix")
                .then().statusCode(200).header("Content-Encoding", nullValue())
                .body(containsString("National matrix"));
    }

    @Test
    void aRowOfARecommendationNobodyKnowsIsNotFound() {
        RestAssured.given().accept(ContentType.HTML).get("/matrix/rows/{number}", "no-such-number")
                .then().statusCode(404);
    }

    /** Until the relay has published this test's writes and the event stream has read them. */
    private void awaitQuiet() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                PlanDatabase.count("select count(*) from outbox_event where sent_at is null") == 0);
        long[] seen = {changes.current()};
        await().pollInterval(Duration.ofMillis(400)).atMost(Duration.ofSeconds(30)).until(() -> {
            long now = changes.current();
            boolean quiet = now == seen[0];
            seen[0] = now;
            return quiet;
        });
    }

    private static Element matrixCell(UUID action) {
        String page = RestAssured.given().accept(ContentType.HTML).get("/matrix").then().statusCode(200)
                .extract().asString();
        return Jsoup.parse(page).getElementById("cell-" + action);
    }

    private static Element rowCell(String number, UUID action) {
        String row = RestAssured.given().accept(ContentType.HTML).get("/matrix/rows/{number}", number)
                .then().statusCode(200).extract().asString();
        Element cell = Jsoup.parseBodyFragment("<table><tbody>" + row + "</tbody></table>")
                .getElementById("cell-" + action);
        assertThat(cell).isNotNull();
        return cell;
    }
}
