package org.actiontracker.plan.web;

import java.time.LocalDate;
import java.util.List;

/** One recommendation and every readable action answering it, across organisations. */
public record RecommendationPage(String number, String text, LocalDate deadline, List<ActionRow> actions) {
}
