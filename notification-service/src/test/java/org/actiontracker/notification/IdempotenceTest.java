package org.actiontracker.notification;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.EventTypes;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.Metrics;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.PlanEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IdempotenceTest extends NotificationTestBase {

    private static final LocalDate TARGET = LocalDate.of(2033, 5, 20);

    @Test
    void anEventDeliveredTwiceInStructuredThenBinaryModeIsAppliedOnce() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        double duplicatesBefore = Metrics.eventsConsumed(EventTypes.ACTION_UPDATED, "duplicate");
        double appliedBefore = Metrics.eventsConsumed(EventTypes.ACTION_UPDATED, "applied");

        action.targetDate = TARGET.plusDays(10);
        CloudEvent moved = action.nextEvent(EventTypes.ACTION_UPDATED);
        PlanEvents.publishStructured(moved);
        PlanEvents.publishBinary(moved);
        // Same key, so same partition: once this is in the view, both copies above have been consumed.
        CloudEvent later = action.nextEvent(EventTypes.ACTION_UPDATED);
        PlanEvents.publishBinary(later);
        Api.awaitTrackedVersion(action.id, action.version);

        assertThat(Metrics.eventsConsumed(EventTypes.ACTION_UPDATED, "duplicate") - duplicatesBefore).isEqualTo(1);
        assertThat(Metrics.eventsConsumed(EventTypes.ACTION_UPDATED, "applied") - appliedBefore).isEqualTo(2);
        assertThat(Api.trackedAction(action.id).getString("targetDate")).isEqualTo(TARGET.plusDays(10).toString());
    }

    @Test
    void anOlderSnapshotArrivingLateChangesNothing() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        CloudEvent older = action.nextEvent(EventTypes.ACTION_UPDATED);
        action.targetDate = TARGET.plusDays(30);
        CloudEvent newer = action.nextEvent(EventTypes.ACTION_TARGET_DATE_CHANGED);
        PlanEvents.publishStructured(newer);
        Api.awaitTrackedVersion(action.id, action.version);

        PlanEvents.publishBinary(older);
        action.description = "Marker that the older snapshot has been consumed";
        PlanEvents.publishStructured(action.nextEvent(EventTypes.ACTION_UPDATED));
        Api.awaitTrackedVersion(action.id, action.version);

        assertThat(Api.trackedAction(action.id).getString("targetDate")).isEqualTo(TARGET.plusDays(30).toString());
    }

    @Test
    void redeliveredEventsAndRepeatedScansNeverSendAnAlertTwice() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        JsonPath first = Api.scan(TARGET.minusDays(7), plan.organisationId);
        assertThat(first.getInt("deadlineApproaching")).isEqualTo(1);

        // What a restart looks like from here: the last events replayed from the committed offset, and the
        // day's scan run again.
        CloudEvent replayed = PlanEvents.event(EventTypes.ACTION_UPDATED, "action", action.id, action.id,
                action.snapshot());
        PlanEvents.publishStructured(replayed);
        PlanEvents.publishBinary(replayed);
        action.description = "Marker that the replay has been consumed";
        action.publish();
        JsonPath again = Api.scan(TARGET.minusDays(7), plan.organisationId);

        assertThat(again.getInt("deadlineApproaching")).isZero();
        assertThat(again.getInt("digests")).isZero();
        assertThat(Mailbox.to(action.ownerEmail)).hasSize(1);
    }

    @Test
    void twoScansRunningSideBySideSendEachAlertOnce() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        List<ActionPlanFixture.Action> actions = List.of(
                plan.action(plan.email("first"), TARGET).publish(),
                plan.action(plan.email("second"), TARGET.plusDays(2)).publish(),
                plan.action(plan.email("third"), TARGET.minusDays(5)).publish());

        var one = CompletableFuture.supplyAsync(() -> Api.scan(TARGET.minusDays(1), plan.organisationId));
        var other = CompletableFuture.supplyAsync(() -> Api.scan(TARGET.minusDays(1), plan.organisationId));
        JsonPath a = one.join();
        JsonPath b = other.join();

        assertThat(a.getInt("deadlineApproaching") + b.getInt("deadlineApproaching")).isEqualTo(2);
        assertThat(a.getInt("overdue") + b.getInt("overdue")).isEqualTo(1);
        assertThat(a.getInt("delivery.sent") + b.getInt("delivery.sent")).isEqualTo(3);
        for (ActionPlanFixture.Action action : actions) {
            assertThat(Mailbox.awaitCount(action.ownerEmail, 1)).hasSize(1);
            assertThat(Api.history(Map.of("actionId", action.id)).getInt("totalItems")).isEqualTo(1);
        }
    }

    @Test
    void recordsThatAreNotPlanEventsAreSkippedWithoutStoppingConsumption() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        double malformedBefore = Metrics.eventsConsumed("unknown", "malformed")
                + Metrics.eventsConsumed(EventTypes.ACTION_UPDATED, "malformed");
        String key = action.id.toString();

        PlanEvents.publishRaw(key, "not json at all".getBytes(StandardCharsets.UTF_8));
        PlanEvents.publishRaw(key, "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));
        PlanEvents.publishRaw(key, null);
        CloudEvent withoutResource = new CloudEvent(CloudEvent.SPEC_VERSION, "broken-" + key, CloudEvent.SOURCE,
                EventTypes.ACTION_UPDATED, null, null, CloudEvent.JSON, null, key, null, null, null,
                JsonNodeFactory.instance.objectNode().put("resource", "oops"));
        PlanEvents.publishStructured(withoutResource);
        action.targetDate = TARGET.plusDays(1);
        action.publish();

        assertThat(Api.trackedAction(action.id).getString("targetDate")).isEqualTo(TARGET.plusDays(1).toString());
        assertThat(Metrics.eventsConsumed("unknown", "malformed")
                + Metrics.eventsConsumed(EventTypes.ACTION_UPDATED, "malformed") - malformedBefore).isEqualTo(4);
    }
}
