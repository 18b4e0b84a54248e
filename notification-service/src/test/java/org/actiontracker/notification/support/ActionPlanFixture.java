package org.actiontracker.notification.support;

import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * One organisation with one plan, and the events about them, for a test of its own: its
 * recipients' addresses are unique, and scans are limited to its organisation.
 */
public final class ActionPlanFixture {

    public final UUID organisationId = UUID.randomUUID();
    public final UUID planId = UUID.randomUUID();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String executiveLeadEmail = email("exec.lead");
    private long planVersion;

    /** A unique address for this fixture. */
    public String email(String localPart) {
        return localPart + "-" + tag + "@example.org";
    }

    /** Publishes the plan (structured mode) with this reporting interval. */
    public CloudEvent publishPlan(int reportingIntervalDays) {
        planVersion++;
        Snapshots.Plan plan = new Snapshots.Plan(planId, organisationId, "HUM", "Humberside Police", UUID.randomUUID(),
                "Response to the inspection of custody", new Snapshots.Person("Erin Exec", "Deputy Chief Constable",
                executiveLeadEmail), null, "Strategic board", null, "v1", "PUBLISHED", reportingIntervalDays, null,
                planVersion);
        CloudEvent event = PlanEvents.event(planVersion == 1 ? EventTypes.PLAN_CREATED : EventTypes.PLAN_UPDATED,
                "plan", planId, planId, plan);
        PlanEvents.publishStructured(event);
        return event;
    }

    public Action action(String ownerEmail, LocalDate targetDate) {
        return new Action(ownerEmail, targetDate);
    }

    /** A mutable action whose snapshots carry a rising version. */
    public final class Action {
        public final UUID id = UUID.randomUUID();
        public String ownerName = "Olive Owner";
        public String ownerEmail;
        public LocalDate targetDate;
        public String status = "IN_PROGRESS";
        public String description = "Review custody records weekly";
        public String recommendationNumber = "4";
        public String subPointRef = "4.2";
        public Instant latestUpdateAt;
        public Instant createdAt;
        public long version;

        private Action(String ownerEmail, LocalDate targetDate) {
            this.ownerEmail = ownerEmail;
            this.targetDate = targetDate;
            // Updated recently enough relative to the target date not to be stale in deadline tests.
            this.latestUpdateAt = targetDate.minusDays(40).atStartOfDay().toInstant(ZoneOffset.UTC);
            this.createdAt = targetDate.minusDays(200).atStartOfDay().toInstant(ZoneOffset.UTC);
        }

        public Snapshots.Action snapshot() {
            return new Snapshots.Action(id, planId, organisationId, "Humberside Police", UUID.randomUUID(),
                    UUID.randomUUID(), recommendationNumber, subPointRef, description,
                    new Snapshots.Person(ownerName, "Inspector", ownerEmail), targetDate, status, status, "AMBER", 50,
                    List.of(), latestUpdateAt, createdAt, version);
        }

        /** The next version's event of this type (action.updated, ...), not yet published. */
        public CloudEvent nextEvent(String type) {
            version++;
            return PlanEvents.event(type, "action", id, id, snapshot());
        }

        /** Publishes the next version as action.created or action.updated and waits until the view has it. */
        public Action publish() {
            CloudEvent event = nextEvent(version == 0 ? EventTypes.ACTION_CREATED : EventTypes.ACTION_UPDATED);
            PlanEvents.publishStructured(event);
            Api.awaitTrackedVersion(id, version);
            return this;
        }

        public Action publishAndAwaitPlanCopied() {
            publish();
            Api.awaitExecutiveLeadCopied(id, executiveLeadEmail);
            return this;
        }

        public Instant updatedOn(LocalDate day) {
            return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(10 * 3600);
        }
    }
}
