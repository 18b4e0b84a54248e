package org.actiontracker.plan.service;

import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.service.RagRules.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The default rules (RagConfig) at each boundary, on a fixed day. */
class RagRulesTest {

    private static final RagRules DEFAULTS = new RagRules(2, 1, 30, 50);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final int INTERVAL = 90;

    private static Rag rate(LocalDate target, ActionStatus status, Integer percent, LocalDate lastActivity) {
        return DEFAULTS.rate(new Facts(target, status, percent, lastActivity), INTERVAL, TODAY);
    }

    private static Rag onTrack(LocalDate target, Integer percent) {
        return rate(target, ActionStatus.IN_PROGRESS, percent, TODAY);
    }

    @Test
    void pastTheTargetDateIsRedFromTheDayAfter() {
        assertThat(onTrack(TODAY.minusDays(1), 90)).isEqualTo(Rag.RED);
        assertThat(onTrack(TODAY, 90)).isEqualTo(Rag.GREEN);
    }

    @Test
    void dueWithinThirtyDaysWithLessThanHalfDoneIsAmber() {
        assertThat(onTrack(TODAY.plusDays(30), 49)).isEqualTo(Rag.AMBER);
        assertThat(onTrack(TODAY, 0)).isEqualTo(Rag.AMBER);
        assertThat(onTrack(TODAY.plusDays(31), 49)).isEqualTo(Rag.GREEN);
        assertThat(onTrack(TODAY.plusDays(30), 50)).isEqualTo(Rag.GREEN);
    }

    @Test
    void noPercentCompleteCountsAsNoProgress() {
        assertThat(onTrack(TODAY.plusDays(10), null)).isEqualTo(Rag.AMBER);
        assertThat(onTrack(null, null)).isEqualTo(Rag.GREEN);
    }

    @Test
    void noUpdateForMoreThanOneIntervalIsAmberAndMoreThanTwoIsRed() {
        assertThat(rate(null, ActionStatus.IN_PROGRESS, 80, TODAY.minusDays(90))).isEqualTo(Rag.GREEN);
        assertThat(rate(null, ActionStatus.IN_PROGRESS, 80, TODAY.minusDays(91))).isEqualTo(Rag.AMBER);
        assertThat(rate(null, ActionStatus.IN_PROGRESS, 80, TODAY.minusDays(180))).isEqualTo(Rag.AMBER);
        assertThat(rate(null, ActionStatus.IN_PROGRESS, 80, TODAY.minusDays(181))).isEqualTo(Rag.RED);
    }

    @Test
    void theStaleThresholdsFollowThePlansReportingInterval() {
        Facts monthOld = new Facts(null, ActionStatus.ON_TRACK, 80, TODAY.minusDays(31));
        assertThat(DEFAULTS.rate(monthOld, 30, TODAY)).isEqualTo(Rag.AMBER);
        assertThat(DEFAULTS.rate(monthOld, 31, TODAY)).isEqualTo(Rag.GREEN);
        assertThat(DEFAULTS.rate(new Facts(null, ActionStatus.ON_TRACK, 80, TODAY.minusDays(61)), 30, TODAY))
                .isEqualTo(Rag.RED);
    }

    @Test
    void redWinsOverAmber() {
        assertThat(rate(TODAY.minusDays(1), ActionStatus.DELAYED, 10, TODAY.minusDays(100))).isEqualTo(Rag.RED);
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"COMPLETE", "CLOSED"})
    void finishedActionsAreNotRated(ActionStatus finished) {
        assertThat(rate(TODAY.minusYears(1), finished, 10, TODAY.minusYears(1))).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"COMPLETE", "CLOSED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyUnfinishedStatusIsRated(ActionStatus status) {
        assertThat(rate(TODAY.minusDays(1), status, 100, TODAY)).isEqualTo(Rag.RED);
    }

    @Test
    void otherThresholdsChangeTheRules() {
        RagRules strict = new RagRules(1, 0, 60, 80);
        Facts facts = new Facts(TODAY.plusDays(45), ActionStatus.IN_PROGRESS, 70, TODAY);
        assertThat(strict.rate(facts, INTERVAL, TODAY)).isEqualTo(Rag.AMBER);
        assertThat(DEFAULTS.rate(facts, INTERVAL, TODAY)).isEqualTo(Rag.GREEN);
        assertThat(strict.rate(new Facts(null, ActionStatus.IN_PROGRESS, 90, TODAY.minusDays(1)), INTERVAL, TODAY))
                .isEqualTo(Rag.AMBER);
    }

    @Test
    void aMismatchNeedsADeclaredAndAComputedRagThatDiffer() {
        assertThat(RagRules.mismatch(Rag.GREEN, Rag.RED)).isTrue();
        assertThat(RagRules.mismatch(Rag.RED, Rag.RED)).isFalse();
        assertThat(RagRules.mismatch(null, Rag.RED)).isFalse();
        assertThat(RagRules.mismatch(Rag.GREEN, null)).isFalse();
    }
}
