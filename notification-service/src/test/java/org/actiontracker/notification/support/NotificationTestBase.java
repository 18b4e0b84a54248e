package org.actiontracker.notification.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.restassured.RestAssured;
import org.actiontracker.infra.KafkaTestResource;
import org.actiontracker.infra.PostgresTestResource;
import org.actiontracker.infra.SmtpTestResource;
import org.junit.jupiter.api.BeforeAll;

/**
 * Real PostgreSQL, Kafka and SMTP from local-infra, started once for all test classes. Each test
 * works on its own organisation and recipients, and scans only that organisation, so tests do not
 * see each other's alerts although they share the database and the application.
 */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "notifications"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
public abstract class NotificationTestBase {

    @BeforeAll
    static void logFailedRequests() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
