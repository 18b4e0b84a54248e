package org.actiontracker.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.plan.Api.assertProblem;
import static org.actiontracker.plan.Api.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Bodies are read exactly as sent or refused with a 400 naming the field: nothing after the value,
 * each key once, valid UTF-8, text PostgreSQL can store, and no conversion between scalar types.
 */
@QuarkusTest
class StrictJsonTest {

    private static final String UPDATE = "{\"period\":\"May\",\"text\":\"Delivered\"}";

    private UUID organisation;
    private UUID action;

    @BeforeEach
    void createAction() {
        organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        action = Api.createAction(organisation, plan, "7", "7.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {UPDATE + " trailing", UPDATE + "}}}", UPDATE + UPDATE, UPDATE + " []"})
    void contentAfterTheJsonValueIsRefused(String body) {
        assertProblem(postUpdate(body), 400, "body");
        updatesRecorded(0);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        assertProblem(postUpdate("{\"period\":\"May\",\"text\":\"first\",\"text\":\"second\"}"), 400, "text")
                .body("errors[0].reason", containsString("more than once"));
    }

    @Test
    void overlongUtf8IsRefusedNotReadAsASlash() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"period\":\"May\",\"text\":\"a".getBytes(StandardCharsets.UTF_8));
        body.write(0xC0);
        body.write(0xAF);
        body.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(editor(organisation).body(body.toByteArray()).post("/api/v1/actions/{id}/updates", action)
                .then(), 400, "body").body("errors[0].reason", containsString("UTF-8"));
        updatesRecorded(0);
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheField() {
        assertProblem(postUpdate("{\"period\":\"May\",\"text\":\"a\\ud800b\"}"), 400, "text")
                .body("errors[0].reason", containsString("surrogate"));
    }

    @Test
    void aPairedSurrogateIsText() {
        postUpdate("{\"period\":\"May\",\"text\":\"police \\ud83d\\ude93\"}").statusCode(201)
                .body("text", equalTo("police \uD83D\uDE93"));
    }

    @Test
    void aBooleanIsNotAString() {
        assertProblem(postUpdate("{\"period\":\"May\",\"text\":true}"), 400, "text")
                .body("errors[0].reason", containsString("a string"));
    }

    @Test
    void aNumberIsNotAString() {
        assertProblem(postUpdate("{\"period\":2026,\"text\":\"Delivered\"}"), 400, "period");
    }

    @Test
    void aNumberIsNotADate() {
        assertProblem(postUpdate("{\"period\":\"May\",\"text\":\"Delivered\",\"reportedOn\":20260101}"), 400,
                "reportedOn");
    }

    @Test
    void aNumberIsNotAnEnumValue() {
        assertProblem(postUpdate("{\"period\":\"May\",\"text\":\"Delivered\",\"newStatus\":1}"), 400, "newStatus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "period", "authorRole", "newStatusLabel"})
    void aNulCharacterInAnUpdateIsRefusedNamingTheField(String field) {
        Map<String, String> update = new HashMap<>(Map.of("period", "May", "text", "Delivered"));
        update.put(field, "before\u0000after");
        assertProblem(editor(organisation).body(update).post("/api/v1/actions/{id}/updates", action).then(), 400,
                field).body("errors[0].reason", containsString("NUL"));
        updatesRecorded(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "statusLabel"})
    void aNulCharacterInAnActionIsRefusedNamingTheField(String field) {
        assertProblem(editor(organisation).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"" + field + "\":\"x\\u0000y\"}").patch("/api/v1/actions/{id}", action).then(), 400, field);
    }

    private io.restassured.response.ValidatableResponse postUpdate(String body) {
        return editor(organisation).body(body).post("/api/v1/actions/{id}/updates", action).then();
    }

    private void updatesRecorded(int expected) {
        editor(organisation).get("/api/v1/actions/{id}/updates", action).then().statusCode(200)
                .body("totalItems", equalTo(expected));
    }
}
