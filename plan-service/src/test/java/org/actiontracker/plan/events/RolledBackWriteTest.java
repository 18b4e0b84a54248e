package org.actiontracker.plan.events;

import io.quarkus.test.junit.QuarkusTest;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.actiontracker.events.EventTypes.ACTION_CREATED;
import static org.actiontracker.events.EventTypes.ACTION_UPDATED;
import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The outbox row is written in the transaction of the change, so a transaction that fails takes its event with it,
 * even when it fails at the very end, at commit, after the row was inserted.
 */
@QuarkusTest
class RolledBackWriteTest {

    @Test
    void aWriteWhoseTransactionFailsAtCommitEmitsNothing() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        String refused = "refused-at-commit-" + UUID.randomUUID();
        try (PlanEventsTopic topic = PlanEventsTopic.fromNow()) {
            UUID action = Api.createAction(organisation, plan, "14", null);
            failCommitsOfOutboxEventsContaining(refused);
            try {
                editor(organisation).header("If-Match", "*").body(Map.of("description", refused))
                        .patch("/api/v1/actions/{id}", action).then().statusCode(500);
            } finally {
                allowCommits();
            }
            editor(organisation).get("/api/v1/actions/{id}", action).then().statusCode(200)
                    .body("description", equalTo("Do the work for 14"));
            editor(organisation).header("If-Match", "*").body(Map.of("description", "Accepted"))
                    .patch("/api/v1/actions/{id}", action).then().statusCode(200);

            // Same key, so the refused change's event would have come between these two.
            List<PublishedEvent> events = topic.awaitKeyed(action, 2);
            assertThat(events).extracting(PublishedEvent::type).containsExactly(ACTION_CREATED, ACTION_UPDATED);
            assertThat(events.get(1).resource().path("description").asText()).isEqualTo("Accepted");
            assertThat(events).extracting(PublishedEvent::id)
                    .containsExactlyElementsOf(PlanDatabase.auditedEventIds(List.of(action)));
            assertThat(topic.readToEnd()).filteredOn(event -> event.hasKey(action) || event.value().contains(refused))
                    .hasSize(2);
        }
    }

    /**
     * A deferred constraint trigger runs at commit: the transaction has inserted its outbox row and audit entry by
     * then, and PostgreSQL rolls all of it back.
     */
    private static void failCommitsOfOutboxEventsContaining(String marker) {
        PlanDatabase.execute("""
                create or replace function test_refuse_commit() returns trigger language plpgsql as $$
                begin
                    raise exception 'commit refused by test';
                end;
                $$""");
        PlanDatabase.execute("create constraint trigger test_refuse_commit after insert on outbox_event"
                + " deferrable initially deferred for each row when (new.payload like '%" + marker + "%')"
                + " execute function test_refuse_commit()");
    }

    private static void allowCommits() {
        PlanDatabase.execute("drop trigger if exists test_refuse_commit on outbox_event");
        PlanDatabase.execute("drop function if exists test_refuse_commit()");
    }
}
