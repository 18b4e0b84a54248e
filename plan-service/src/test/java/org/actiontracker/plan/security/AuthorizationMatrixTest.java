package org.actiontracker.plan.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.actiontracker.infra.DevTokens;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every kind of caller: no token, an expired token, a token signed by
 * another key, and each role from the resource's own organisation and from another one. Draft
 * plans are used, so nothing is readable just because it is published.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /**
     * Who may call an endpoint. SIGNED_IN: any valid token. FEED_CREATE: a feed of the fixture's organisation, for
     * its viewers and editors, national and admin. FEED_OWNER: the fixture's feed, for the viewer who created it
     * and admins.
     */
    enum Access { PUBLIC_READ, PLAN_READ, PLAN_WRITE, ADMIN_WRITE, ADMIN_READ, SIGNED_IN, FEED_CREATE, FEED_OWNER }

    enum Caller {
        NONE, EXPIRED, FOREIGN_SIGNATURE, UNSIGNED, VIEWER_OWN, VIEWER_OTHER, EDITOR_OWN, EDITOR_OTHER, NATIONAL,
        ADMIN;

        boolean validToken() {
            return this != NONE && this != EXPIRED && this != FOREIGN_SIGNATURE && this != UNSIGNED;
        }

        /**
         * Whether the caller may make no write of this kind to the fixture's resources, whichever id is addressed: its
         * token alone rules it out, or (a feed) the caller is neither the feed's creator nor an admin.
         */
        boolean neverWrites(Access access) {
            if (access == Access.FEED_OWNER) {
                return this != VIEWER_OWN && this != ADMIN;
            }
            return !validToken() || this == VIEWER_OWN || this == VIEWER_OTHER || this == NATIONAL
                    || (access == Access.ADMIN_WRITE && this != ADMIN);
        }
    }

    /** The ids one case runs against; write cases that must succeed get a fresh set. */
    record Fixture(UUID organisation, UUID otherOrganisation, UUID emptyOrganisation, UUID source, UUID emptySource,
                   UUID recommendation, UUID spareRecommendation, UUID plan, UUID emptyPlan, UUID action,
                   UUID bareAction, UUID update, UUID feed, String feedPath) {

        static Fixture create() {
            UUID organisation = Api.createOrganisation();
            UUID source = Api.createSource();
            UUID plan = Api.createPlan(organisation, source, "DRAFT");
            UUID action = Api.createAction(organisation, plan, "7", "7.1");
            UUID bareAction = Api.createAction(organisation, plan, "7", "7.2");
            UUID update = UUID.fromString(Api.editor(organisation).body(Map.of("text", "Progress"))
                    .post("/api/v1/actions/{id}/updates", action).then().statusCode(201).extract().path("id"));
            List<String> recommendations = Api.admin().get("/api/v1/sources/{id}/recommendations", source)
                    .then().extract().path("items.id");
            UUID otherSource = Api.createSource();
            var feed = RestAssured.given().contentType(ContentType.JSON).auth().oauth2(token(Roles.VIEWER,
                            organisation)).body(Map.of("scope", "ORGANISATION", "organisationId", organisation))
                    .post("/api/v1/calendar-feeds").then().statusCode(201).extract();
            return new Fixture(organisation, Api.createOrganisation(), Api.createOrganisation(), source,
                    UUID.fromString(Api.admin().body(Map.of("title", "Empty")).post("/api/v1/sources")
                            .then().statusCode(201).extract().path("id")),
                    UUID.fromString(recommendations.get(0)), UUID.fromString(recommendations.get(1)), plan,
                    Api.createPlan(organisation, otherSource, "DRAFT"), action, bareAction, update,
                    UUID.fromString(feed.path("id")), java.net.URI.create(feed.path("url")).getRawPath());
        }
    }

    record Endpoint(String method, Access access, Function<Fixture, String> path,
                    Function<Fixture, Object> body) {

        String describe() {
            return method + " " + path.apply(SAMPLE).replaceAll("[0-9a-f-]{36}", "{id}");
        }

        private static final Fixture SAMPLE = new Fixture(id(), id(), id(), id(), id(), id(), id(), id(), id(), id(),
                id(), id(), id(), "/calendar/" + "A".repeat(43) + ".ics");

        private static UUID id() {
            return UUID.randomUUID();
        }
    }

    private static final String WESTSHIRE_PLAN = readDocument("documents/westshire-plan.md");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", Access.PUBLIC_READ, f -> "/api/v1/organisations", f -> null),
            new Endpoint("GET", Access.PUBLIC_READ, f -> "/api/v1/organisations/" + f.organisation(), f -> null),
            new Endpoint("POST", Access.ADMIN_WRITE, f -> "/api/v1/organisations",
                    f -> Map.of("code", Api.unique("M"), "name", Api.unique("Matrix"), "kind", "OTHER")),
            new Endpoint("PUT", Access.ADMIN_WRITE, f -> "/api/v1/organisations/" + f.emptyOrganisation(),
                    f -> Map.of("code", Api.unique("M"), "name", Api.unique("Matrix"), "kind", "OTHER")),
            new Endpoint("PATCH", Access.ADMIN_WRITE, f -> "/api/v1/organisations/" + f.emptyOrganisation(),
                    f -> Map.of("kind", "NATIONAL_BODY")),
            new Endpoint("DELETE", Access.ADMIN_WRITE, f -> "/api/v1/organisations/" + f.emptyOrganisation(),
                    f -> null),
            new Endpoint("GET", Access.PUBLIC_READ, f -> "/api/v1/sources", f -> null),
            new Endpoint("GET", Access.PUBLIC_READ, f -> "/api/v1/sources/" + f.source(), f -> null),
            new Endpoint("POST", Access.ADMIN_WRITE, f -> "/api/v1/sources", f -> Map.of("title", "New report")),
            new Endpoint("PUT", Access.ADMIN_WRITE, f -> "/api/v1/sources/" + f.emptySource(),
                    f -> Map.of("title", "Renamed report")),
            new Endpoint("PATCH", Access.ADMIN_WRITE, f -> "/api/v1/sources/" + f.emptySource(),
                    f -> Map.of("publisher", "HMICFRS")),
            new Endpoint("DELETE", Access.ADMIN_WRITE, f -> "/api/v1/sources/" + f.emptySource(), f -> null),
            new Endpoint("GET", Access.PUBLIC_READ, f -> "/api/v1/sources/" + f.source() + "/recommendations",
                    f -> null),
            new Endpoint("POST", Access.ADMIN_WRITE, f -> "/api/v1/sources/" + f.source() + "/recommendations",
                    f -> Map.of("number", "99", "text", "A new recommendation")),
            new Endpoint("GET", Access.PUBLIC_READ, f -> "/api/v1/recommendations/" + f.recommendation(), f -> null),
            new Endpoint("PUT", Access.ADMIN_WRITE, f -> "/api/v1/recommendations/" + f.spareRecommendation(),
                    f -> Map.of("number", "14", "text", "Reworded")),
            new Endpoint("PATCH", Access.ADMIN_WRITE, f -> "/api/v1/recommendations/" + f.spareRecommendation(),
                    f -> Map.of("deadline", "2026-01-31")),
            new Endpoint("DELETE", Access.ADMIN_WRITE, f -> "/api/v1/recommendations/" + f.spareRecommendation(),
                    f -> null),
            new Endpoint("GET", Access.PLAN_READ, f -> "/api/v1/plans/" + f.plan(), f -> null),
            new Endpoint("POST", Access.PLAN_WRITE, f -> "/api/v1/plans", f -> Map.of("organisationId",
                    f.organisation(), "sourceId", f.emptySource(), "title", "Another plan")),
            new Endpoint("PUT", Access.PLAN_WRITE, f -> "/api/v1/plans/" + f.plan(), f -> Map.of("organisationId",
                    f.organisation(), "sourceId", f.source(), "title", "Renamed")),
            new Endpoint("PATCH", Access.PLAN_WRITE, f -> "/api/v1/plans/" + f.plan(),
                    f -> Map.of("versionLabel", "March 2026 Update")),
            new Endpoint("DELETE", Access.PLAN_WRITE, f -> "/api/v1/plans/" + f.emptyPlan(), f -> null),
            new Endpoint("GET", Access.PLAN_READ, f -> "/api/v1/plans/" + f.plan() + "/actions", f -> null),
            new Endpoint("POST", Access.PLAN_WRITE, f -> "/api/v1/plans/" + f.plan() + "/actions",
                    f -> Map.of("recommendationNumber", "14", "description", "New action")),
            new Endpoint("GET", Access.PLAN_READ, f -> "/api/v1/actions/" + f.action(), f -> null),
            new Endpoint("PUT", Access.PLAN_WRITE, f -> "/api/v1/actions/" + f.action(),
                    f -> Map.of("recommendationNumber", "7", "description", "Rewritten")),
            new Endpoint("PATCH", Access.PLAN_WRITE, f -> "/api/v1/actions/" + f.action(), f -> Map.of("rag", "RED")),
            new Endpoint("DELETE", Access.PLAN_WRITE, f -> "/api/v1/actions/" + f.bareAction(), f -> null),
            new Endpoint("GET", Access.PLAN_READ, f -> "/api/v1/actions/" + f.action() + "/updates", f -> null),
            new Endpoint("POST", Access.PLAN_WRITE, f -> "/api/v1/actions/" + f.action() + "/updates",
                    f -> Map.of("text", "More progress")),
            new Endpoint("GET", Access.PLAN_READ, f -> "/api/v1/updates/" + f.update(), f -> null),
            new Endpoint("PUT", Access.PLAN_WRITE, f -> "/api/v1/updates/" + f.update(), f -> Map.of("text", "Fixed")),
            new Endpoint("DELETE", Access.PLAN_WRITE, f -> "/api/v1/updates/" + f.update(), f -> null),
            new Endpoint("GET", Access.PLAN_READ, f -> "/api/v1/updates/" + f.update() + "/revisions", f -> null),
            new Endpoint("GET", Access.ADMIN_READ, f -> "/api/v1/audit?organisationId=" + f.organisation(),
                    f -> null),
            new Endpoint("POST", Access.PLAN_WRITE, f -> "/api/v1/imports?dryRun=true&organisationId="
                    + f.organisation(), f -> Map.of("content", WESTSHIRE_PLAN, "format", "markdown")),
            new Endpoint("GET", Access.PLAN_READ, f -> "/api/v1/plans/" + f.plan() + "/export?format=csv", f -> null),
            new Endpoint("GET", Access.PUBLIC_READ, f -> "/api/v1/sources/" + f.source() + "/matrix", f -> null),
            new Endpoint("GET", Access.SIGNED_IN, f -> "/api/v1/calendar-feeds", f -> null),
            new Endpoint("POST", Access.FEED_CREATE, f -> "/api/v1/calendar-feeds",
                    f -> Map.of("scope", "ORGANISATION", "organisationId", f.organisation())),
            new Endpoint("GET", Access.FEED_OWNER, f -> "/api/v1/calendar-feeds/" + f.feed(), f -> null),
            new Endpoint("DELETE", Access.FEED_OWNER, f -> "/api/v1/calendar-feeds/" + f.feed(), f -> null),
            new Endpoint("GET", Access.PUBLIC_READ, Fixture::feedPath, f -> null));

    /** The SSE stream answers refusals before its head; the accepted subscriptions are EventStreamTest's. */
    private static final Endpoint EVENT_STREAM = new Endpoint("GET", Access.PLAN_READ,
            f -> "/api/v1/events?organisationId=" + f.organisation(), f -> null);

    /** Bodies and headers a caller who may not write could vary to probe: none may change the answer. */
    private static final List<Probe> PROBES = List.of(
            new Probe("valid body and If-Match", true, null),
            new Probe("no If-Match", false, null),
            new Probe("invalid body", true, Map.of("unknownField", 12345)),
            new Probe("malformed JSON", true, "{\"text\": "));

    record Probe(String describe, boolean ifMatch, Object body) {
    }

    private static Fixture shared;

    @TestFactory
    List<DynamicTest> everyEndpointAnswersEveryCallerAsSpecified() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                int expected = expectedStatus(endpoint.access(), caller);
                cases.add(DynamicTest.dynamicTest(endpoint.describe() + " as " + caller + " -> " + expected,
                        () -> assertCase(endpoint, caller, expected)));
            }
        }
        assertThat(cases).hasSize(ENDPOINTS.size() * Caller.values().length);
        return cases;
    }

    @TestFactory
    List<DynamicTest> eventStreamRefusesCallersWhoMayNotReadItBeforeStreaming() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            int expected = expectedStatus(EVENT_STREAM.access(), caller);
            if (expected == 200) {
                continue;
            }
            cases.add(DynamicTest.dynamicTest("GET /api/v1/events as " + caller + " -> " + expected,
                    () -> assertCase(EVENT_STREAM, caller, expected)));
        }
        assertThat(cases).hasSize(6);
        return cases;
    }

    /**
     * Resource matching judges the Content-Type and the path before any filter of a matched resource runs; an
     * anonymous write is refused before either, so it cannot tell which media types or paths exist.
     */
    @TestFactory
    List<DynamicTest> anonymousWriteIsUnauthorizedWhateverItsContentTypeOrPath() {
        List<DynamicTest> cases = new ArrayList<>();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            for (String path : List.of("/api/v1/plans", "/api/v1/actions/" + UUID.randomUUID(), "/api/v1/no-such-thing")) {
                for (String contentType : new String[]{null, "text/plain", "application/xml"}) {
                    cases.add(DynamicTest.dynamicTest(method + " " + path + " as anonymous with Content-Type "
                            + contentType + " -> 401", () -> {
                        RequestSpecification request = RestAssured.given().noFilters();
                        if (contentType != null) {
                            request.contentType(contentType).body("<x/>");
                        }
                        request.request(method, path).then().statusCode(401)
                                .contentType("application/problem+json")
                                .header("WWW-Authenticate", "Bearer");
                    }));
                }
            }
        }
        return cases;
    }

    /**
     * A caller who may not write learns nothing about the addressed id, the body or the headers: an existing and an
     * unknown id get the same status and problem, with or without If-Match, with a valid, invalid or malformed body.
     */
    @TestFactory
    List<DynamicTest> callerWhoMayNotWriteGetsTheSameAnswerForExistingAndUnknownIds() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.method().equals("GET") || !endpoint.describe().contains("{id}")) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                if (!caller.neverWrites(endpoint.access())) {
                    continue;
                }
                for (Probe probe : PROBES) {
                    cases.add(DynamicTest.dynamicTest(endpoint.describe() + " as " + caller + " with "
                            + probe.describe(), () -> assertSameAnswer(endpoint, caller, probe)));
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(400);
        return cases;
    }

    private static void assertSameAnswer(Endpoint endpoint, Caller caller, Probe probe) {
        if (shared == null) {
            shared = Fixture.create();
        }
        Fixture unknown = Endpoint.SAMPLE;
        var existing = probe(endpoint, caller, probe, shared, shared);
        var missing = probe(endpoint, caller, probe, shared, unknown);
        int expected = caller.validToken() ? 403 : 401;
        assertThat(existing.statusCode()).as("existing id").isEqualTo(expected);
        assertThat(missing.statusCode()).as("unknown id").isEqualTo(expected);
        assertThat(existing.contentType()).startsWith("application/problem+json");
        assertThat(missing.jsonPath().getString("detail")).isEqualTo(existing.jsonPath().getString("detail"));
        assertThat(missing.jsonPath().getList("errors.field")).isEqualTo(existing.jsonPath().getList("errors.field"));
    }

    private static io.restassured.response.Response probe(Endpoint endpoint, Caller caller, Probe probe,
                                                          Fixture tokens, Fixture ids) {
        RequestSpecification request = request(caller, tokens);
        if (probe.ifMatch()) {
            request.header("If-Match", "\"1\"");
        }
        Object body = probe.body() != null ? probe.body() : endpoint.body().apply(shared);
        if (body != null) {
            request.body(body);
        }
        return request.request(endpoint.method(), endpoint.path().apply(ids));
    }

    private static String readDocument(String resource) {
        try (var in = AuthorizationMatrixTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(java.util.Objects.requireNonNull(in, resource).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertCase(Endpoint endpoint, Caller caller, int expected) {
        boolean mutates = expected / 100 == 2 && !endpoint.method().equals("GET");
        if (shared == null) {
            shared = Fixture.create();
        }
        Fixture fixture = mutates ? Fixture.create() : shared;
        RequestSpecification request = request(caller, fixture).header("If-Match", "*");
        String path = endpoint.path().apply(fixture);
        if (path.contains("/export")) {
            request.accept("text/csv, application/problem+json");
        } else if (path.startsWith("/calendar/")) {
            request.accept("text/calendar, application/problem+json");
        } else if (path.contains("/events")) {
            request.accept("text/event-stream, application/problem+json");
        }
        Object body = endpoint.body().apply(fixture);
        if (body != null) {
            request.body(body);
        }
        var response = request.request(endpoint.method(), path).then();
        if (expected / 100 == 2) {
            assertThat(response.extract().statusCode() / 100).as("%s as %s", endpoint.describe(), caller).isEqualTo(2);
        } else {
            response.statusCode(expected).contentType("application/problem+json");
        }
    }

    /** A bad token is refused even where no token is needed: it signals a misconfigured client. */
    static int expectedStatus(Access access, Caller caller) {
        if (caller == Caller.NONE && access == Access.PUBLIC_READ) {
            return 200;
        }
        if (!caller.validToken()) {
            return 401;
        }
        return switch (access) {
            case PUBLIC_READ -> 200;
            case PLAN_READ -> Set.of(Caller.VIEWER_OTHER, Caller.EDITOR_OTHER).contains(caller) ? 403 : 200;
            case PLAN_WRITE -> Set.of(Caller.EDITOR_OWN, Caller.ADMIN).contains(caller) ? 200 : 403;
            case ADMIN_WRITE, ADMIN_READ -> caller == Caller.ADMIN ? 200 : 403;
            case SIGNED_IN -> 200;
            case FEED_CREATE -> Set.of(Caller.VIEWER_OTHER, Caller.EDITOR_OTHER).contains(caller) ? 403 : 200;
            case FEED_OWNER -> Set.of(Caller.VIEWER_OWN, Caller.ADMIN).contains(caller) ? 200 : 403;
        };
    }

    private static RequestSpecification request(Caller caller, Fixture fixture) {
        RequestSpecification request = RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
        String token = switch (caller) {
            case NONE -> null;
            case EXPIRED -> DevTokens.mint("late", "Late", "late@example.org", fixture.organisation(),
                    Instant.now().minusSeconds(3600), Roles.ADMIN);
            case FOREIGN_SIGNATURE -> foreignToken(fixture.organisation());
            case UNSIGNED -> unsignedToken(fixture.organisation());
            case VIEWER_OWN -> token(Roles.VIEWER, fixture.organisation());
            case VIEWER_OTHER -> token(Roles.VIEWER, fixture.otherOrganisation());
            case EDITOR_OWN -> token(Roles.EDITOR, fixture.organisation());
            case EDITOR_OTHER -> token(Roles.EDITOR, fixture.otherOrganisation());
            case NATIONAL -> token(Roles.NATIONAL, null);
            case ADMIN -> token(Roles.ADMIN, null);
        };
        return token == null ? request : request.auth().oauth2(token);
    }

    /** Each organisation's viewer is a different person (subject), so that a feed has one creator. */
    private static String token(String role, UUID organisation) {
        return DevTokens.mint(role + "-user-" + (organisation == null ? "all" : organisation), "A " + role,
                role + "@example.org", organisation, role);
    }

    /** Right issuer and an admin's claims, with "alg": "none" and no signature. */
    private static String unsignedToken(UUID organisation) {
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + DevTokens.ISSUER + "\",\"sub\":\"intruder\",\"groups\":[\"admin\"],\"org\":\""
                + organisation + "\",\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}";
        return encoder.encodeToString(header.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".";
    }

    /** Right issuer and claims, but signed by a key the service does not trust. */
    private static String foreignToken(UUID organisation) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            return Jwt.issuer(DevTokens.ISSUER).subject("intruder").groups(Set.of(Roles.ADMIN))
                    .claim("org", organisation.toString()).expiresIn(3600).sign(key);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
