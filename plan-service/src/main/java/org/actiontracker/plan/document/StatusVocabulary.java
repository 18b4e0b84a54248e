package org.actiontracker.plan.document;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;

/**
 * Forces' own status and RAG words mapped onto the canonical scales. Matching ignores case,
 * punctuation and a percentage ("In Progress 25%" reads as "in progress", 25 percent).
 */
final class StatusVocabulary {

    record Reading(ActionStatus status, Integer percent) {
    }

    private static final Map<String, ActionStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("not started", ActionStatus.NOT_STARTED),
            Map.entry("not yet started", ActionStatus.NOT_STARTED),
            Map.entry("not commenced", ActionStatus.NOT_STARTED),
            Map.entry("to start", ActionStatus.NOT_STARTED),
            Map.entry("pending", ActionStatus.PENDING),
            Map.entry("awaiting", ActionStatus.PENDING),
            Map.entry("not yet due", ActionStatus.PENDING),
            Map.entry("under review", ActionStatus.UNDER_REVIEW),
            Map.entry("in review", ActionStatus.UNDER_REVIEW),
            Map.entry("being reviewed", ActionStatus.UNDER_REVIEW),
            Map.entry("on track", ActionStatus.ON_TRACK),
            Map.entry("in progress", ActionStatus.IN_PROGRESS),
            Map.entry("ongoing", ActionStatus.IN_PROGRESS),
            Map.entry("on going", ActionStatus.IN_PROGRESS),
            Map.entry("underway", ActionStatus.IN_PROGRESS),
            Map.entry("under way", ActionStatus.IN_PROGRESS),
            Map.entry("started", ActionStatus.IN_PROGRESS),
            Map.entry("progressing", ActionStatus.IN_PROGRESS),
            Map.entry("partially complete", ActionStatus.IN_PROGRESS),
            Map.entry("partially completed", ActionStatus.IN_PROGRESS),
            Map.entry("partially implemented", ActionStatus.IN_PROGRESS),
            Map.entry("open", ActionStatus.IN_PROGRESS),
            Map.entry("limited progress", ActionStatus.LIMITED_PROGRESS),
            Map.entry("some progress", ActionStatus.LIMITED_PROGRESS),
            Map.entry("delayed", ActionStatus.DELAYED),
            Map.entry("overdue", ActionStatus.DELAYED),
            Map.entry("behind schedule", ActionStatus.DELAYED),
            Map.entry("off track", ActionStatus.DELAYED),
            Map.entry("complete", ActionStatus.COMPLETE),
            Map.entry("completed", ActionStatus.COMPLETE),
            Map.entry("action complete", ActionStatus.COMPLETE),
            Map.entry("action completed", ActionStatus.COMPLETE),
            Map.entry("done", ActionStatus.COMPLETE),
            Map.entry("achieved", ActionStatus.COMPLETE),
            Map.entry("delivered", ActionStatus.COMPLETE),
            Map.entry("implemented", ActionStatus.COMPLETE),
            Map.entry("fully implemented", ActionStatus.COMPLETE),
            Map.entry("business as usual", ActionStatus.COMPLETE),
            Map.entry("closed", ActionStatus.CLOSED),
            Map.entry("not being progressed", ActionStatus.CLOSED),
            Map.entry("withdrawn", ActionStatus.CLOSED),
            Map.entry("cancelled", ActionStatus.CLOSED));

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    private StatusVocabulary() {
    }

    /** The canonical status (null when the words are unknown) and any percentage in the label. */
    static Reading read(String label) {
        Integer percent = percent(label);
        String words = NOT_LETTERS.matcher(PERCENT.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" "))
                .replaceAll(" ").strip();
        return new Reading(STATUS_WORDS.get(words), percent);
    }

    /** A percentage written in the text ("25%", or a bare "25" in a percent column), or null. */
    static Integer percent(String text) {
        Matcher matcher = PERCENT.matcher(text);
        String digits = matcher.find() ? matcher.group(1) : text.strip().matches("\\d{1,3}") ? text.strip() : null;
        if (digits == null) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value <= 100 ? value : null;
    }

    /** RED/AMBER/GREEN (or R/A/G) by the first word of the cell, null when it is none of them. */
    static Rag rag(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("[^a-z]+", 2);
        return switch (words[0]) {
            case "red", "r" -> Rag.RED;
            case "amber", "a" -> Rag.AMBER;
            case "green", "g" -> Rag.GREEN;
            default -> null;
        };
    }
}
