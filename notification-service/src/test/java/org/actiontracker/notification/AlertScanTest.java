package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.events.EventTypes;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.PlanEvents;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AlertScanTest extends NotificationTestBase {

    private static final LocalDate TARGET = LocalDate.of(2031, 6, 30);

    @Test
    void deadlineApproachingIsSentOnceAtEachDefaultLeadTime() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publishAndAwaitPlanCopied();

        assertThat(approachingAlerts(plan, TARGET.minusDays(31))).isZero();
        assertThat(approachingAlerts(plan, TARGET.minusDays(30))).isEqualTo(1);
        assertThat(approachingAlerts(plan, TARGET.minusDays(29))).isZero();
        assertThat(approachingAlerts(plan, TARGET.minusDays(14))).isEqualTo(1);
        assertThat(approachingAlerts(plan, TARGET.minusDays(7))).isEqualTo(1);
        assertThat(approachingAlerts(plan, TARGET.minusDays(1))).isEqualTo(1);
        assertThat(approachingAlerts(plan, TARGET)).isZero();

        JsonPath history = Api.history(Map.of("actionId", action.id, "kind", "DEADLINE_APPROACHING"));
        assertThat(history.getList("items.threshold", Integer.class)).containsExactly(1, 7, 14, 30);
        assertThat(history.getList("items.status", String.class)).containsOnly("SENT");
        assertThat(Mailbox.awaitCount(action.ownerEmail, 4)).extracting(Mailbox.ReceivedMail::subject)
                .containsExactly(
                        "1 due within 30 days: action plan items for you",
                        "1 due within 14 days: action plan items for you",
                        "1 due within 7 days: action plan items for you",
                        "1 due within 1 day: action plan items for you");
    }

    @Test
    void missedLeadTimesAreCaughtUpWithOnlyTheTightestOne() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();

        JsonPath report = Api.scan(TARGET.minusDays(10), plan.organisationId);

        assertThat(report.getInt("deadlineApproaching")).isEqualTo(1);
        assertThat(Api.history(Map.of("actionId", action.id)).getList("items.threshold", Integer.class))
                .containsExactly(14);
    }

    @Test
    void overdueRepeatsAtTheIntervalAndCopiesTheExecutiveLeadAfterTheGracePeriod() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publishAndAwaitPlanCopied();

        assertThat(overdueAlerts(plan, TARGET)).isZero();
        JsonPath firstDay = Api.scan(TARGET.plusDays(1), plan.organisationId);
        assertThat(firstDay.getInt("overdue")).isEqualTo(1);
        assertThat(firstDay.getInt("escalations")).isZero();
        assertThat(overdueAlerts(plan, TARGET.plusDays(7))).isZero();
        assertThat(overdueAlerts(plan, TARGET.plusDays(8))).isEqualTo(1);

        JsonPath pastGrace = Api.scan(TARGET.plusDays(15), plan.organisationId);

        assertThat(pastGrace.getInt("overdue")).isEqualTo(1);
        assertThat(pastGrace.getInt("escalations")).isEqualTo(1);
        Mailbox.ReceivedMail toLead = Mailbox.awaitOne(plan.executiveLeadEmail);
        assertThat(toLead.subject()).isEqualTo("1 overdue (1 escalated to you): action plan items for you");
        assertThat(toLead.text()).contains("Escalated to you as executive lead; owner: Olive Owner")
                .contains("15 days overdue");
        // Due today, 1 day overdue, 8 days overdue, then the escalated one.
        List<Mailbox.ReceivedMail> toOwner = Mailbox.awaitCount(action.ownerEmail, 4);
        assertThat(toOwner.get(3).text()).contains("15 days overdue").contains("The plan's executive lead has been copied.");
        assertThat(Api.history(Map.of("actionId", action.id, "recipient", plan.executiveLeadEmail))
                .getList("items.recipientRole", String.class)).containsExactly("EXECUTIVE_LEAD");
    }

    @Test
    void staleActionIsReportedOncePerReportingIntervalWithoutAnUpdate() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(30);
        LocalDate lastUpdate = LocalDate.of(2031, 1, 10);
        var action = plan.action(plan.email("owner"), LocalDate.of(2032, 12, 31));
        action.latestUpdateAt = action.updatedOn(lastUpdate);
        action.publishAndAwaitPlanCopied();
        assertThat(Api.trackedAction(action.id).getString("staleAfter")).isEqualTo("2031-02-09");

        assertThat(staleAlerts(plan, lastUpdate.plusDays(30))).isZero();
        assertThat(staleAlerts(plan, lastUpdate.plusDays(31))).isEqualTo(1);
        assertThat(staleAlerts(plan, lastUpdate.plusDays(45))).isZero();
        assertThat(staleAlerts(plan, lastUpdate.plusDays(61))).isEqualTo(1);

        Mailbox.ReceivedMail mail = Mailbox.awaitOne(action.ownerEmail);
        assertThat(mail.subject()).isEqualTo("1 awaiting an update: action plan items for you");
        assertThat(mail.text()).contains("no update for 31 days");
    }

    @Test
    void postingAnUpdateRestartsTheStalenessClock() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(30);
        LocalDate lastUpdate = LocalDate.of(2031, 1, 10);
        var action = plan.action(plan.email("owner"), LocalDate.of(2032, 12, 31));
        action.latestUpdateAt = action.updatedOn(lastUpdate);
        action.publishAndAwaitPlanCopied();
        assertThat(staleAlerts(plan, lastUpdate.plusDays(31))).isEqualTo(1);

        action.latestUpdateAt = action.updatedOn(lastUpdate.plusDays(35));
        action.publish();

        assertThat(staleAlerts(plan, lastUpdate.plusDays(61))).isZero();
        assertThat(staleAlerts(plan, lastUpdate.plusDays(66))).isEqualTo(1);
    }

    @Test
    void completedAndClosedActionsRaiseNoAlerts() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(30);
        var complete = plan.action(plan.email("owner"), TARGET);
        complete.status = "COMPLETE";
        complete.publish();
        var closed = plan.action(plan.email("owner"), TARGET.plusDays(3));
        closed.status = "CLOSED";
        closed.publish();

        for (LocalDate asOf : List.of(TARGET.minusDays(7), TARGET.plusDays(1), TARGET.plusDays(200))) {
            JsonPath report = Api.scan(asOf, plan.organisationId);
            assertThat(report.getInt("overdue") + report.getInt("deadlineApproaching") + report.getInt("stale"))
                    .isZero();
        }
    }

    @Test
    void completingAnActionSilencesItsAlerts() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        assertThat(overdueAlerts(plan, TARGET.plusDays(1))).isEqualTo(1);

        action.status = "COMPLETE";
        PlanEvents.publishStructured(action.nextEvent(EventTypes.ACTION_STATUS_CHANGED));
        Api.awaitTrackedVersion(action.id, action.version);

        assertThat(overdueAlerts(plan, TARGET.plusDays(8))).isZero();
    }

    @Test
    void movingTheTargetDateRearmsTheDeadlineAlertsForTheNewDate() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        assertThat(approachingAlerts(plan, TARGET.minusDays(7))).isEqualTo(1);

        action.targetDate = TARGET.plusDays(30);
        PlanEvents.publishBinary(action.nextEvent(EventTypes.ACTION_TARGET_DATE_CHANGED));
        Api.awaitTrackedVersion(action.id, action.version);

        JsonPath report = Api.scan(TARGET.plusDays(1), plan.organisationId);
        assertThat(report.getInt("overdue")).isZero();
        assertThat(report.getInt("deadlineApproaching")).isEqualTo(1);
        assertThat(Api.history(Map.of("actionId", action.id)).getList("items.targetDate", String.class))
                .containsExactly(TARGET.plusDays(30).toString(), TARGET.toString());
    }

    private static int approachingAlerts(ActionPlanFixture plan, LocalDate asOf) {
        return Api.scan(asOf, plan.organisationId).getInt("deadlineApproaching");
    }

    private static int overdueAlerts(ActionPlanFixture plan, LocalDate asOf) {
        return Api.scan(asOf, plan.organisationId).getInt("overdue");
    }

    private static int staleAlerts(ActionPlanFixture plan, LocalDate asOf) {
        return Api.scan(asOf, plan.organisationId).getInt("stale");
    }
}
