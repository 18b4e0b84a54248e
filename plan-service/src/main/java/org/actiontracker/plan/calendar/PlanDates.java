package org.actiontracker.plan.calendar;

import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;

import java.util.List;

/**
 * One plan's dated facts for a feed: its statutory response deadline, the deadlines of the recommendations it
 * answers and the target dates of its actions. Undated ones are skipped when the calendar is built.
 */
public record PlanDates(Plan plan, Organisation organisation, Source source, List<Recommendation> recommendations,
                        List<Action> actions) {
}
