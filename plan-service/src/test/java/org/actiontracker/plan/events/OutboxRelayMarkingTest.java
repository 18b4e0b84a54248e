package org.actiontracker.plan.events;

import org.actiontracker.plan.events.OutboxPublisher.Delivery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rows of a round the relay marks sent when Kafka acknowledged only some of them (e.g. after an outage longer
 * than the producer's delivery timeout): the rows marked are never published again, the others are.
 */
class OutboxRelayMarkingTest {

    @Test
    void everyAcknowledgedRowIsMarked() {
        assertThat(OutboxPublisher.positionsToMark(List.of(
                new Delivery(1, "a", true), new Delivery(2, "b", true), new Delivery(3, "a", true))))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void acknowledgedRowsOfOtherKeysBehindAFailedRowAreMarkedSoTheyAreNotPublishedTwice() {
        assertThat(OutboxPublisher.positionsToMark(List.of(
                new Delivery(1, "a", true),
                new Delivery(2, "b", false),
                new Delivery(3, "a", true),
                new Delivery(4, "c", true))))
                .containsExactly(1L, 3L, 4L);
    }

    @Test
    void rowsOfTheFailedKeyAfterTheFailureWaitToBePublishedAgainAfterIt() {
        assertThat(OutboxPublisher.positionsToMark(List.of(
                new Delivery(1, "a", true),
                new Delivery(2, "a", false),
                new Delivery(3, "b", true),
                new Delivery(4, "a", true),
                new Delivery(5, "a", false),
                new Delivery(6, "a", true))))
                .containsExactly(1L, 3L);
    }

    @Test
    void nothingIsMarkedWhenNothingWasAcknowledged() {
        assertThat(OutboxPublisher.positionsToMark(List.of(new Delivery(1, "a", false), new Delivery(2, "b", false))))
                .isEmpty();
        assertThat(OutboxPublisher.positionsToMark(List.of())).isEmpty();
    }
}
