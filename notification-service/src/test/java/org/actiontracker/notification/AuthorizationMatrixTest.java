package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.actiontracker.infra.DevTokens;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.NotificationTestBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every notification-service endpoint against every kind of caller, with bodies and headers that must not change
 * the answer of a caller who may not make the request: authentication and authorisation come first.
 */
@QuarkusTest
class AuthorizationMatrixTest extends NotificationTestBase {

    enum Access { PUBLIC, RECIPIENT, ADMIN }

    enum Caller {
        NONE, EXPIRED, FOREIGN_SIGNATURE, UNSIGNED, RECIPIENT_SELF, RECIPIENT_OTHER, NO_EMAIL_CLAIM, ADMIN;

        boolean validToken() {
            return this != NONE && this != EXPIRED && this != FOREIGN_SIGNATURE && this != UNSIGNED;
        }
    }

    /** The recipient whose data is addressed, and an id the service knows. */
    record Fixture(String email, UUID trackedAction) {
    }

    record Endpoint(String method, Access access, Function<Fixture, String> path, Function<Fixture, Object> body,
                    int success) {

        String describe() {
            return method + " " + path.apply(new Fixture("someone@example.org", UUID.randomUUID()))
                    .replaceAll("[0-9a-f-]{36}", "{id}").replace("someone@example.org", "{email}");
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", Access.RECIPIENT, f -> "/api/v1/notifications", f -> null, 200),
            new Endpoint("GET", Access.RECIPIENT, f -> "/api/v1/notifications?recipient=" + f.email(), f -> null, 200),
            new Endpoint("GET", Access.RECIPIENT, f -> "/api/v1/notifications/" + UUID.randomUUID(), f -> null, 404),
            new Endpoint("GET", Access.RECIPIENT, f -> "/api/v1/preferences/" + f.email(), f -> null, 200),
            new Endpoint("PUT", Access.RECIPIENT, f -> "/api/v1/preferences/" + f.email(),
                    f -> Map.of("digestFrequency", "DAILY", "muted", false), 200),
            new Endpoint("GET", Access.ADMIN, f -> "/api/v1/queue", f -> null, 200),
            new Endpoint("POST", Access.ADMIN, f -> "/api/v1/queue/retry", f -> null, 200),
            new Endpoint("POST", Access.ADMIN, f -> "/api/v1/queue/" + UUID.randomUUID() + "/retry", f -> null, 404),
            new Endpoint("POST", Access.ADMIN, f -> "/api/v1/scans",
                    f -> Map.of("asOf", "2031-01-01", "organisationId", UUID.randomUUID().toString()), 200),
            new Endpoint("GET", Access.ADMIN, f -> "/api/v1/tracked-actions/" + f.trackedAction(), f -> null, 200),
            new Endpoint("GET", Access.PUBLIC, f -> "/api/v1/unsubscribe?token=forged", f -> null, 400),
            new Endpoint("POST", Access.PUBLIC, f -> "/api/v1/unsubscribe?token=forged", f -> null, 400));

    /** Bodies and headers varied by a caller who may not make the request: none may change the answer. */
    private static final List<Object> PROBE_BODIES = List.of("{\"digestFrequency\": ", Map.of("unknown", 12345),
            Map.of("digestFrequency", "DAILY", "muted", false));

    private static Fixture fixture;

    @TestFactory
    List<DynamicTest> everyEndpointAnswersEveryCallerAsSpecified() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                int expected = expectedStatus(endpoint, caller);
                cases.add(DynamicTest.dynamicTest(endpoint.describe() + " as " + caller + " -> " + expected, () -> {
                    Response response = send(endpoint, caller, fixture(), endpoint.body().apply(fixture()));
                    assertThat(response.statusCode()).as(endpoint.describe() + " as " + caller)
                            .isEqualTo(expected);
                    if (expected >= 400 && endpoint.access() != Access.PUBLIC) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
        }
        assertThat(cases).hasSize(ENDPOINTS.size() * Caller.values().length);
        return cases;
    }

    /** An existing and an unknown id, a valid, invalid or malformed body: the same refusal each time. */
    @TestFactory
    List<DynamicTest> callerWhoMayNotMakeTheRequestGetsTheSameAnswerWhateverItSends() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                int expected = expectedStatus(endpoint, caller);
                if (expected != 401 && expected != 403) {
                    continue;
                }
                cases.add(DynamicTest.dynamicTest(endpoint.describe() + " as " + caller, () -> {
                    Fixture unknown = new Fixture("nobody-" + UUID.randomUUID() + "@example.org", UUID.randomUUID());
                    for (Object body : PROBE_BODIES) {
                        for (Fixture addressed : List.of(fixture(), unknown)) {
                            Response response = send(endpoint, caller, addressed, body);
                            assertThat(response.statusCode()).as("%s %s", endpoint.describe(), body)
                                    .isEqualTo(expected);
                            assertThat(response.contentType()).startsWith("application/problem+json");
                        }
                    }
                }));
            }
        }
        assertThat(cases).hasSizeGreaterThan(40);
        return cases;
    }

    static int expectedStatus(Endpoint endpoint, Caller caller) {
        if (endpoint.access() == Access.PUBLIC) {
            return endpoint.success();
        }
        if (!caller.validToken()) {
            return 401;
        }
        return switch (endpoint.access()) {
            case PUBLIC -> endpoint.success();
            case RECIPIENT -> caller == Caller.RECIPIENT_OTHER && endpoint.describe().contains("{email}")
                    || caller == Caller.NO_EMAIL_CLAIM ? 403 : endpoint.success();
            case ADMIN -> caller == Caller.ADMIN ? endpoint.success() : 403;
        };
    }

    private static Fixture fixture() {
        if (fixture == null) {
            var plan = new ActionPlanFixture();
            plan.publishPlan(90);
            var action = plan.action(plan.email("owner"), java.time.LocalDate.of(2031, 6, 1)).publish();
            // The first test of a run may wait for the consumer to join its group.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).until(() -> RestAssured.given()
                    .auth().oauth2(token(Caller.ADMIN, null)).get("/api/v1/tracked-actions/{id}", action.id)
                    .statusCode() == 200);
            fixture = new Fixture(action.ownerEmail, action.id);
        }
        return fixture;
    }

    private static Response send(Endpoint endpoint, Caller caller, Fixture addressed, Object body) {
        RequestSpecification request = RestAssured.given().contentType(ContentType.JSON)
                .accept(endpoint.access() == Access.PUBLIC ? "text/html, application/problem+json"
                        : "application/json, application/problem+json");
        String token = token(caller, fixture().email());
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null && !endpoint.method().equals("GET")) {
            request.body(body);
        }
        return request.request(endpoint.method(), endpoint.path().apply(addressed));
    }

    private static String token(Caller caller, String email) {
        return switch (caller) {
            case NONE -> null;
            case EXPIRED -> DevTokens.mint("late", "Late", email, null, Instant.now().minusSeconds(3600), "admin");
            case FOREIGN_SIGNATURE -> foreignToken();
            case UNSIGNED -> unsignedToken();
            case RECIPIENT_SELF -> DevTokens.mint("self", "Self", email, null, "editor");
            case RECIPIENT_OTHER -> DevTokens.mint("other", "Other", "other@example.org", null, "editor");
            case NO_EMAIL_CLAIM -> DevTokens.mint("no-email", "No email", null, null, "viewer");
            case ADMIN -> DevTokens.mint("admin-1", "Ada Admin", "ada.admin@example.org", null, "admin");
        };
    }

    private static String foreignToken() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(DevTokens.ISSUER).subject("intruder").groups(Set.of("admin"))
                    .claim("email", "ada.admin@example.org").expiresIn(3600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsignedToken() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + DevTokens.ISSUER + "\",\"sub\":\"intruder\",\"groups\":[\"admin\"],"
                + "\"email\":\"ada.admin@example.org\",\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}";
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
