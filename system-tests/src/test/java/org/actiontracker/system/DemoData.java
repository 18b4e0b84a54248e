package org.actiontracker.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.actiontracker.infra.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The data the pages are tested on, loaded through the API: Demoshire Police (code DEMO, the organisation of the
 * realm's demo users) with a published plan whose actions Jo Bloggs owns, and a draft of another force that no
 * public page may show.
 */
public final class DemoData {

    static final String OWNER_EMAIL = "jo.bloggs@demoshire.police.example";
    static final String DRAFT_TITLE = "Otherton Police draft plan, not for publication";
    public static final String STALKING_REPORT = "5a1c0000-0000-4000-8000-000000000001";

    private static final ObjectMapper JSON = new ObjectMapper();

    final String planServiceUrl;
    public final String adminToken = DevTokens.mint("system-test-admin", "System test admin", null, null, "admin");
    UUID organisationId;
    UUID planId;
    UUID overdueActionId;
    UUID dueSoonActionId;
    UUID greenActionId;
    UUID draftPlanId;

    private DemoData(String planServiceUrl) {
        this.planServiceUrl = planServiceUrl;
    }

    static DemoData load(String planServiceUrl) {
        DemoData demo = new DemoData(planServiceUrl);
        demo.create();
        return demo;
    }

    private void create() {
        organisationId = post("/api/v1/organisations", """
                {"code":"DEMO","name":"Demoshire Police","kind":"POLICE_FORCE"}""");
        planId = post("/api/v1/plans", """
                {"organisationId":"%s","sourceId":"%s","title":"Demoshire Police response to the police response to stalking",
                 "versionLabel":"March 2026 Update","governanceBody":"Public Protection Board","state":"PUBLISHED",
                 "reportingIntervalDays":90,
                 "executiveLead":{"name":"Alex Morgan","role":"Deputy Chief Constable","email":"dcc@demoshire.police.example"}}
                """.formatted(organisationId, STALKING_REPORT));
        overdueActionId = action("7", "Change the crime recording system so secondary stalking crimes are searchable",
                "DELAYED", "Delayed", "RED", LocalDate.now().minusDays(40));
        dueSoonActionId = action("14", "Tell every stalking victim about their rights under the victims' code",
                "IN_PROGRESS", "In Progress 50%", "AMBER", LocalDate.now().plusDays(10));
        greenActionId = action("12", "Use the stalking screening tool in all stalking and breach cases",
                "ON_TRACK", "On Track", "GREEN", LocalDate.now().plusDays(200));
        post("/api/v1/actions/" + overdueActionId + "/updates", """
                {"period":"March 2026 Update","reportedOn":"2026-03-27","text":"Supplier release slipped to the autumn."}""");

        UUID other = post("/api/v1/organisations", """
                {"code":"OTHR","name":"Otherton Police","kind":"POLICE_FORCE"}""");
        draftPlanId = post("/api/v1/plans", """
                {"organisationId":"%s","sourceId":"%s","title":"%s","state":"DRAFT"}"""
                .formatted(other, STALKING_REPORT, DRAFT_TITLE));
    }

    private UUID action(String recommendation, String description, String status, String label, String rag,
                        LocalDate target) {
        return post("/api/v1/plans/" + planId + "/actions", """
                {"recommendationNumber":"%s","description":"%s","status":"%s","statusLabel":"%s","rag":"%s",
                 "targetDate":"%s","owner":{"name":"Jo Bloggs","role":"Detective Inspector","email":"%s"}}"""
                .formatted(recommendation, description, status, label, rag, target, OWNER_EMAIL));
    }

    /** POSTs as admin; the id of what was created. */
    public UUID post(String path, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(planServiceUrl + path))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return UUID.fromString(read(response.body()).get("id").asText());
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(planServiceUrl + path))
                .header("Authorization", "Bearer " + adminToken).GET().build());
        return read(response.body());
    }

    /** PATCHes as admin with If-Match; the status. */
    int patch(String path, long version, String body) {
        return send(HttpRequest.newBuilder(URI.create(planServiceUrl + path))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build()).statusCode();
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}
