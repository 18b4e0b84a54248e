package org.actiontracker.plan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.actiontracker.infra.OpenApiExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document says what the server does, so that generated clients work. */
@QuarkusTest
class OpenApiContractTest {

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper().readTree(RestAssured.given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasAUniqueIdASummaryADescriptionAndItsSecurity() {
        Set<String> ids = new HashSet<>();
        List<String> incomplete = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            String name = op.getKey() + " " + path.getKey();
            if (!operation.hasNonNull("operationId") || !ids.add(operation.get("operationId").asText())
                    || !operation.hasNonNull("summary") || !operation.hasNonNull("description")
                    || !operation.path("security").isArray() || !operation.path("responses").has("406")) {
                incomplete.add(name);
            }
        }));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(43).contains("listActions", "postUpdate", "patchAction");
        assertThat(incomplete).isEmpty();
    }

    @Test
    void everyJsonBodyAndSuccessResponseHasAnExampleNamingTheFieldsItsSchemaRequires() {
        OpenApiExamples.Findings findings = OpenApiExamples.check(document);
        assertThat(findings.bodiesChecked()).isGreaterThanOrEqualTo(40);
        assertThat(findings.missing()).isEmpty();
        assertThat(findings.lackingRequiredFields()).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1actions~1{id}~1updates/post/requestBody/content/application~1json"
                + "/example/text").isTextual()).isTrue();
    }

    @Test
    void writesNeedTheBearerTokenAndPublicReadsMakeItOptional() {
        JsonNode post = document.at("/paths/~1api~1v1~1actions~1{id}~1updates/post");
        assertThat(post.path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        assertThat(document.at("/paths/~1api~1v1~1actions/get/security").toString())
                .isEqualTo("[{},{\"bearer\":[]}]");
        assertThat(document.at("/paths/~1api~1v1~1audit/get/security").toString()).isEqualTo("[{\"bearer\":[]}]");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void bodiesListTheirRequiredFieldsAndMergePatchesNone() {
        assertThat(document.at("/components/schemas/UpdateInput/required").toString()).isEqualTo("[\"text\"]");
        assertThat(document.at("/components/schemas/ActionInput/required").toString())
                .isEqualTo("[\"recommendationNumber\",\"description\"]");
        assertThat(document.at("/components/schemas/ActionPatch/required").isMissingNode()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1actions~1{id}/patch/requestBody/content"
                + "/application~1merge-patch+json/schema/$ref").asText()).endsWith("/ActionPatch");
    }

    @Test
    void headersStatusesAndTypesAreDocumented() {
        JsonNode created = document.at("/paths/~1api~1v1~1actions~1{id}~1updates/post/responses/201");
        assertThat(created.at("/headers/Location").isMissingNode()).isFalse();
        assertThat(created.at("/headers/ETag").isMissingNode()).isFalse();
        JsonNode patch = document.at("/paths/~1api~1v1~1actions~1{id}/patch");
        assertThat(patch.path("parameters").findValuesAsText("name")).contains("If-Match");
        assertThat(patch.path("responses").has("412")).isTrue();
        assertThat(patch.path("responses").has("428")).isTrue();
        JsonNode get = document.at("/paths/~1api~1v1~1actions~1{id}/get");
        assertThat(get.path("responses").has("304")).isTrue();
        assertThat(get.at("/responses/200/headers/ETag").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1api~1v1~1actions/get/parameters").findValues("schema").toString())
                .contains("\"format\":\"uuid\"").contains("\"format\":\"date\"").contains("\"type\":\"integer\"");
    }

    @Test
    void documentsAndStreamsAreOpaqueTextAndUuidsCarryNoPattern() {
        JsonNode export = document.at("/paths/~1api~1v1~1plans~1{id}~1export/get/responses/200/content");
        assertThat(export.fieldNames()).toIterable().containsExactlyInAnyOrder("text/html", "text/csv",
                "text/markdown");
        assertThat(export.findValuesAsText("format")).containsOnly("binary");
        assertThat(document.at("/paths/~1api~1v1~1events/get/responses/200/content").has("text/event-stream"))
                .isTrue();
        List<JsonNode> uuidSchemas = document.findParents("format").stream()
                .filter(schema -> schema.path("format").asText().equals("uuid")).toList();
        assertThat(uuidSchemas).isNotEmpty().noneMatch(schema -> schema.has("pattern"));
    }
}
