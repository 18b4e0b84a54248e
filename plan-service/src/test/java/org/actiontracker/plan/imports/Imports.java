package org.actiontracker.plan.imports;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.actiontracker.infra.DevTokens;
import org.actiontracker.plan.Api;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Requests of the import and export API, as the plain-text clients (curl, the seed script) send them. */
public final class Imports {

    /** A seed imported into an organisation of its own, and what the import answered. */
    public record Imported(UUID organisation, UUID plan, JsonPath result) {
    }

    private static final Map<SeedPlan, Imported> SEEDS = new ConcurrentHashMap<>();

    private Imports() {
    }

    /** Each seed is imported once per test run; tests that change the plan import their own. */
    public static Imported seed(SeedPlan seed) {
        return SEEDS.computeIfAbsent(seed, unused -> {
            UUID organisation = Api.createOrganisation();
            JsonPath result = post(admin(), seed.read(), organisation, false).then().statusCode(201)
                    .extract().jsonPath();
            return new Imported(organisation, UUID.fromString(result.getString("planId")), result);
        });
    }

    /** A caller in a role; not restricted to JSON responses, since exports are documents. */
    public static RequestSpecification as(String role, UUID organisationId) {
        String token = DevTokens.mint(role + "-" + (organisationId == null ? "all" : organisationId), "Test " + role,
                role + "@example.org", organisationId, role);
        return RestAssured.given().auth().oauth2(token);
    }

    public static RequestSpecification admin() {
        return as("admin", null);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    /** POSTs the document as text/plain into the organisation (of the stalking report unless sourceId is set). */
    static Response post(RequestSpecification caller, String document, UUID organisationId, boolean dryRun) {
        RequestSpecification request = caller.contentType("text/plain; charset=UTF-8").body(document)
                .queryParam("dryRun", dryRun);
        if (organisationId != null) {
            request.queryParam("organisationId", organisationId);
        }
        return request.post("/api/v1/imports");
    }

    static UUID importInto(UUID organisationId, String document) {
        return UUID.fromString(post(admin(), document, organisationId, false).then().statusCode(201)
                .extract().path("planId"));
    }

    static long auditedEvents(UUID organisationId) {
        return ((Number) Api.admin().queryParam("organisationId", organisationId).queryParam("size", 1)
                .get("/api/v1/audit").then().statusCode(200).extract().path("totalItems")).longValue();
    }

    static String export(UUID planId, String format) {
        return admin().queryParam("format", format).get("/api/v1/plans/{id}/export", planId)
                .then().statusCode(200).extract().asString();
    }
}
