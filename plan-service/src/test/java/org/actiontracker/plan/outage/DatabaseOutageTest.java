package org.actiontracker.plan.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.actiontracker.infra.InjectTcpProxy;
import org.actiontracker.infra.KafkaTestResource;
import org.actiontracker.infra.PostgresOutageTestResource;
import org.actiontracker.infra.PostgresTestResource;
import org.actiontracker.infra.TcpProxy;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.actiontracker.plan.Api.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

/**
 * With PostgreSQL unreachable (its port closed and every connection reset), reads and writes answer
 * 503 with Retry-After, not 500; once it is back the service answers again by itself.
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
        Api.createOrganisation();
        Api.anonymous().get("/api/v1/sources").then().statusCode(200);

        database.cut();
        try {
            for (int i = 0; i < 5; i++) {
                assertProblem(Api.anonymous().get("/api/v1/sources").then(), 503, null)
                        .header("Retry-After", notNullValue());
                assertProblem(Api.admin().body(Map.of("name", "Outage Police", "code", Api.unique("F"),
                        "kind", "POLICE_FORCE")).post("/api/v1/organisations").then(), 503, null)
                        .header("Retry-After", notNullValue());
            }
        } finally {
            database.restore();
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.anonymous().get("/api/v1/sources").statusCode() == 200);
        Api.createOrganisation();
    }

    /** Its own PostgreSQL behind a proxy; Kafka as in every test. */
    public static class DatabaseBehindAProxy implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresOutageTestResource.class,
                            Map.of(PostgresTestResource.DATABASE_ARG, "plans")),
                    new TestResourceEntry(KafkaTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }
}
