package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.actiontracker.infra.InjectTcpProxy;
import org.actiontracker.infra.KafkaTestResource;
import org.actiontracker.infra.PostgresOutageTestResource;
import org.actiontracker.infra.PostgresTestResource;
import org.actiontracker.infra.SmtpTestResource;
import org.actiontracker.infra.TcpProxy;
import org.actiontracker.notification.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * With PostgreSQL unreachable (its port closed and every connection reset), requests answer 503
 * with Retry-After, not 500; once it is back the service answers again by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.DatabaseBehindAProxy.class)
class DatabaseOutageTest {

    @InjectTcpProxy
    TcpProxy database;

    @BeforeAll
    static void logFailedRequests() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAnswer503WithRetryAfterAndRecoverWhenItIsBack() {
        admin().get("/api/v1/queue").then().statusCode(200);

        database.cut();
        try {
            for (int i = 0; i < 5; i++) {
                admin().get("/api/v1/queue").then().statusCode(503).contentType("application/problem+json")
                        .body("status", equalTo(503)).header("Retry-After", notNullValue());
                admin().body("{\"dryRun\":true}").post("/api/v1/scans").then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", notNullValue());
            }
        } finally {
            database.restore();
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin().get("/api/v1/queue").statusCode() == 200);
        admin().body("{\"dryRun\":true}").post("/api/v1/scans").then().statusCode(200);
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    /** Its own PostgreSQL behind a proxy; Kafka and SMTP as in every test. */
    public static class DatabaseBehindAProxy implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresOutageTestResource.class,
                            Map.of(PostgresTestResource.DATABASE_ARG, "notifications")),
                    new TestResourceEntry(KafkaTestResource.class), new TestResourceEntry(SmtpTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
