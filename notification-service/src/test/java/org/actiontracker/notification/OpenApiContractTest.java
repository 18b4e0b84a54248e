package org.actiontracker.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.actiontracker.infra.OpenApiExamples;
import org.actiontracker.notification.support.NotificationTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The document and its UI, as integrators meet them. */
@QuarkusTest
class OpenApiContractTest extends NotificationTestBase {

    @Test
    void everyJsonBodyAndSuccessResponseHasAnExampleNamingTheFieldsItsSchemaRequires() throws Exception {
        OpenApiExamples.Findings findings = OpenApiExamples.check(new ObjectMapper().readTree(RestAssured.given()
                .accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString()));
        assertThat(findings.bodiesChecked()).isGreaterThanOrEqualTo(8);
        assertThat(findings.missing()).isEmpty();
        assertThat(findings.lackingRequiredFields()).isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void everyOperationHasAUniqueIdADescriptionAndSaysWhetherItIsPublic() throws Exception {
        JsonNode document = new ObjectMapper().readTree(RestAssured.given().accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().asString());
        Set<String> ids = new HashSet<>();
        List<String> incomplete = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            if (!operation.hasNonNull("operationId") || !ids.add(operation.get("operationId").asText())
                    || !operation.hasNonNull("summary") || !operation.hasNonNull("description")
                    || !operation.has("security") && !path.getKey().startsWith("/api/v1/unsubscribe")
                    || !operation.path("responses").has("406")) {
                incomplete.add(op.getKey() + " " + path.getKey());
            }
        }));
        assertThat(incomplete).isEmpty();
        assertThat(ids).contains("listNotifications", "replacePreferences", "unsubscribe", "showUnsubscribePage");
        assertThat(document.at("/paths/~1api~1v1~1unsubscribe/post/security").toString()).isEqualTo("[]");
        assertThat(document.findParents("format").stream()
                .filter(schema -> schema.path("format").asText().equals("uuid"))).noneMatch(schema -> schema.has("pattern"));
    }
}
