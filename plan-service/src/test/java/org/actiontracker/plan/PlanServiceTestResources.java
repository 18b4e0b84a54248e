package org.actiontracker.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.actiontracker.infra.KafkaTestResource;
import org.actiontracker.infra.PostgresTestResource;

/**
 * The real PostgreSQL and Kafka every test of this module runs against, started once for the
 * whole module (these resources are global, so Quarkus starts once for all test classes).
 */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "plans"))
@QuarkusTestResource(KafkaTestResource.class)
public final class PlanServiceTestResources {

    private PlanServiceTestResources() {
    }
}
