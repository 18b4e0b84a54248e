package org.actiontracker.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing driven by a service's own OpenAPI document, for both services' test suites: for every operation, bad path
 * and query values, bodies of the wrong shape (wrong types per field, missing and unknown fields, oversized and
 * malformed values) and bad headers and tokens. No answer may be a 5xx, and every 4xx must be a problem that names
 * what was wrong. A service's test extends it as a {@code @QuarkusTest}.
 */
public abstract class OpenApiFuzzing {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(30_000);
    private static final List<String> BAD_VALUES = List.of("not-a-uuid", "-1", "0", "abc", "9999999999999999999",
            "2147483648", "1e10", "0x10", "NaN", "1.5", "' OR 1=1 --", "%7B%7D", LONG.substring(0, 1500), "2025-13-45",
            "2025-02-30", "31/12/2025", "true;false", "yes", "null", "[]", "{}", " ", "../../etc/passwd",
            "<script>alert(1)</script>", "\u00e9\u00e8\u4e2d\u6587", "00000000-0000-0000-0000-00000000000g",
            "a@b", "=HYPERLINK(\"x\")", "DAILY,WEEKLY", "*");
    private static final List<String> BAD_TOKENS = List.of("Bearer garbage", "Basic YWRtaW46YWRtaW4=",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.", "Bearer ");

    record Call(String method, String path, String description) {
    }

    private final String service;
    private final Predicate<String> fuzzedPaths;
    private final int minimumOperations;
    private final int valueShare;

    /**
     * @param service           the service's name, for the printed count
     * @param fuzzedPaths       which paths of the document to fuzz (not streams, which never answer)
     * @param minimumOperations how many operations the document must have at least, so that a broken document
     *                          cannot pass by offering nothing to fuzz
     * @param valueShare        each query or header parameter gets one in this many bad values (1: all), a different
     *                          share for each, to keep the run short
     */
    protected OpenApiFuzzing(String service, Predicate<String> fuzzedPaths, int minimumOperations, int valueShare) {
        this.service = service;
        this.fuzzedPaths = fuzzedPaths;
        this.minimumOperations = minimumOperations;
        this.valueShare = valueShare;
    }

    /** The bearer tokens each bad request is sent with (those of callers allowed to call the operations). */
    protected abstract List<String> callerTokens();

    @Test
    void generatedBadRequestsToEveryOperationNeverFailTheServerAndAreNamedProblems() throws Exception {
        JsonNode document = JSON.readTree(RestAssured.given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perOperation = new LinkedHashMap<>();
        Map<String, Integer> perOperationWithInput = new LinkedHashMap<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!fuzzedPaths.test(path.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                int before = sent;
                for (Variant variant : variants(document, path.getKey(), operation.getValue())) {
                    for (String caller : callerTokens()) {
                        RequestSpecification request = RestAssured.given().noFilters()
                                .accept("application/json, application/problem+json");
                        request.header("Authorization", variant.authorization() != null ? variant.authorization()
                                : "Bearer " + caller);
                        variant.headers().forEach(request::header);
                        if (variant.body() != null) {
                            request.contentType(variant.contentType()).body(variant.body());
                        }
                        Response response = request.request(method, variant.path());
                        sent++;
                        String problem = check(response);
                        if (problem != null) {
                            failures.add(method + " " + variant.path().substring(0, Math.min(120,
                                    variant.path().length())) + " [" + variant.description() + "]: " + problem);
                        }
                    }
                }
                perOperation.put(method + " " + path.getKey(), sent - before);
                if (operation.getValue().has("parameters") || operation.getValue().has("requestBody")) {
                    perOperationWithInput.put(method + " " + path.getKey(), sent - before);
                }
            }
        }
        System.out.printf("OpenAPI fuzz: %d bad requests to %d %s operations%n", sent, perOperation.size(), service);
        // An operation without parameters or body (a static document) only gets the bad-credential variants.
        assertThat(perOperation).hasSizeGreaterThanOrEqualTo(minimumOperations).allSatisfy((operation, count) ->
                assertThat(count).as(operation).isGreaterThanOrEqualTo(4));
        assertThat(perOperationWithInput).isNotEmpty().allSatisfy((operation, count) ->
                assertThat(count).as(operation).isGreaterThanOrEqualTo(10));
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(failures).isEmpty();
    }

    /** Null when the answer is acceptable for a bad request. */
    private static String check(Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status + ": " + response.asString();
        }
        if (status < 400) {
            return null;
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return status + " as " + response.contentType();
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.asString());
        } catch (Exception e) {
            return status + " with an unreadable problem body";
        }
        boolean namesSomething = body.path("errors").isArray() && !body.path("errors").isEmpty()
                && body.path("errors").get(0).hasNonNull("field");
        // Refusals about the resource itself rather than the input name no field.
        boolean aboutTheResource = status == 403 || status == 404 || status == 405 || status == 406
                || status == 409;
        return namesSomething || aboutTheResource ? null : status + " names no field: " + body;
    }

    record Variant(String description, String path, String contentType, Object body, Map<String, String> headers,
                   String authorization) {
    }

    private List<Variant> variants(JsonNode document, String template, JsonNode operation) {
        List<Variant> variants = new ArrayList<>();
        String valid = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        JsonNode parameters = operation.path("parameters");
        for (int index = 0; index < BAD_VALUES.size(); index++) {
            String bad = BAD_VALUES.get(index);
            if (template.contains("{")) {
                variants.add(new Variant("path " + shorten(bad), template.replaceAll("\\{[^}]+}",
                        java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8)), null, null,
                        Map.of(), null));
            }
            for (int position = 0; position < parameters.size(); position++) {
                JsonNode parameter = parameters.get(position);
                if ((index + position) % valueShare != 0) {
                    continue;
                }
                if (parameter.path("in").asText().equals("query")) {
                    variants.add(new Variant("query " + parameter.path("name").asText() + "=" + shorten(bad),
                            valid + "?" + parameter.path("name").asText() + "="
                                    + java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8),
                            null, null, Map.of(), null));
                } else if (parameter.path("in").asText().equals("header")) {
                    variants.add(new Variant("header " + parameter.path("name").asText(), valid, null, null,
                            Map.of(parameter.path("name").asText(), bad), null));
                }
            }
        }
        for (String token : BAD_TOKENS) {
            variants.add(new Variant("token " + shorten(token), valid, null, null, Map.of(), token));
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(document, content.path("application/json").path("schema"));
            for (String body : List.of("{\"a\":", "[]", "\"text\"", "12345", "null", "{}", "{\"unknownField\": 1}",
                    "{\"" + LONG + "\": 1}")) {
                variants.add(new Variant("body " + shorten(body), valid, "application/json", body, Map.of(), null));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                for (Object wrong : List.of(List.of(1, 2), Map.of("nested", true), LONG, 1.5, "not-a-value")) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put(field.getKey(), wrong);
                    variants.add(new Variant("field " + field.getKey() + "=" + shorten(String.valueOf(wrong)), valid,
                            "application/json", body, Map.of("If-Match", "*"), null));
                }
            }
            variants.add(new Variant("body as text/plain", valid, "text/plain", "{}", Map.of(), null));
        }
        return variants;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String shorten(String value) {
        return value.length() > 24 ? value.substring(0, 24) + "..." : value;
    }
}
