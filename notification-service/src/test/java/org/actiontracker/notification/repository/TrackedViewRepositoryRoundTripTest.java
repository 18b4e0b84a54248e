package org.actiontracker.notification.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.actiontracker.events.Snapshots;
import org.actiontracker.infra.DistinctValues;
import org.actiontracker.notification.domain.TrackedAction;
import org.actiontracker.notification.support.NotificationTestBase;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written SQL of {@link TrackedViewRepository} writes and reads back every field of the view: snapshots
 * with a distinct value in each field come back as the tracked action they describe, no field empty.
 */
@QuarkusTest
class TrackedViewRepositoryRoundTripTest extends NotificationTestBase {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final int INTERVAL_DAYS = 45;

    @Inject
    TrackedViewRepository view;

    @Test
    void everyFieldOfTheViewIsWrittenAndReadBack() throws Throwable {
        DistinctValues values = new DistinctValues();
        Snapshots.Action action = values.of(Snapshots.Action.class);
        Snapshots.Plan given = values.of(Snapshots.Plan.class);
        Snapshots.Plan plan = new Snapshots.Plan(action.planId(), given.organisationId(), given.organisationCode(),
                given.organisationName(), given.sourceId(), given.title(), given.executiveLead(),
                given.operationalLead(), given.governanceBody(), given.reviewDate(), given.versionLabel(),
                given.state(), INTERVAL_DAYS, null, given.version());

        boolean written = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> view.upsertPlan(plan, false, ZONE, INTERVAL_DAYS)
                        .chain(() -> view.upsertAction(action, true, ZONE, 90))));
        TrackedAction read = VertxContextSupport.subscribeAndAwait(() -> view.findAction(action.id())).orElseThrow();

        assertThat(written).isTrue();
        assertThat(DistinctValues.flatten(read)).as("every field read back with a value").doesNotContainValue(null);
        assertThat(read).usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
                .isEqualTo(new TrackedAction(action.id(), action.planId(), action.organisationId(),
                        action.organisationName(), action.recommendationNumber(), action.subPointRef(),
                        action.description(), action.owner().name(), action.owner().email(),
                        plan.executiveLead().email(), action.targetDate(), action.status(),
                        action.latestUpdateAt().atOffset(ZoneOffset.UTC), INTERVAL_DAYS,
                        action.latestUpdateAt().atZone(ZONE).toLocalDate().plusDays(INTERVAL_DAYS), true,
                        action.version()));
    }
}
