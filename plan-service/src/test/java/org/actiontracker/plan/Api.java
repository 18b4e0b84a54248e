package org.actiontracker.plan;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.actiontracker.infra.DevTokens;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** REST Assured helpers: callers in each role, and builders of a minimal plan to test against. */
public final class Api {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification as(String role, UUID organisationId) {
        String token = DevTokens.mint(role + "-" + (organisationId == null ? "all" : organisationId), "Test " + role,
                role + "@example.org", organisationId, role);
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification admin() {
        return as("admin", null);
    }

    public static RequestSpecification editor(UUID organisationId) {
        return as("editor", organisationId);
    }

    /** Asserts an RFC 9457 problem body with this status that names the given field. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
        if (field != null) {
            response.body("errors.field", org.hamcrest.Matchers.hasItem(field));
        }
        return response;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A source with recommendation 7 (sub-points 7.1, 7.2, deadline 2025-03-27) and 14 (no sub-points). */
    public static UUID createSource() {
        UUID source = UUID.fromString(admin().body(Map.of("title", unique("Report"), "publisher", "HMICFRS",
                        "publishedOn", "2024-09-27"))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id"));
        admin().body(Map.of("number", "7", "text", "Improve crime recording", "addressees", java.util.List.of(
                        "Chief Constables"), "deadline", "2025-03-27", "subPoints", java.util.List.of(
                        Map.of("ref", "7.1", "text", "Evidence one"), Map.of("ref", "7.2", "text", "Evidence two"))))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201);
        admin().body(Map.of("number", "14", "text", "Victims' code", "addressees", java.util.List.of(
                        "Chief Constables", "PCCs"), "deadline", "2025-09-27"))
                .post("/api/v1/sources/{id}/recommendations", source).then().statusCode(201);
        return source;
    }

    public static UUID createOrganisation() {
        String code = unique("F");
        return UUID.fromString(admin().body(Map.of("code", code, "name", code + " Police", "kind", "POLICE_FORCE"))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id"));
    }

    public static UUID createPlan(UUID organisation, UUID source, String state) {
        return UUID.fromString(editor(organisation).body(Map.of("organisationId", organisation, "sourceId", source,
                        "title", unique("Plan"), "state", state,
                        "executiveLead", Map.of("name", "Chief Exec", "role", "DCC", "email", "dcc@force.example"),
                        "operationalLead", Map.of("name", "Op Lead", "role", "Det Supt")))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id"));
    }

    public static UUID createAction(UUID organisation, UUID plan, String recommendation, String subPoint) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("recommendationNumber", recommendation,
                "description", "Do the work for " + recommendation,
                "owner", Map.of("name", "Owner One", "role", "DCI", "email", "owner@force.example"),
                "statusLabel", "Ongoing", "status", "IN_PROGRESS"));
        if (subPoint != null) {
            body.put("subPointRef", subPoint);
        }
        return UUID.fromString(editor(organisation).body(body).post("/api/v1/plans/{id}/actions", plan)
                .then().statusCode(201).extract().path("id"));
    }
}
