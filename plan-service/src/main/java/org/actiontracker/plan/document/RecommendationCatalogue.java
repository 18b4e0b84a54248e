package org.actiontracker.plan.document;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recommendations of the source a plan answers, as stored (number, text, sub-point texts).
 * Given to the parser, it lets a row whose number contradicts its text (a list numbering that
 * restarted in Word, so that recommendation 22 is printed "3.") be numbered by its text.
 */
public record RecommendationCatalogue(List<CatalogueEntry> entries) {

    public record CatalogueEntry(String number, String text, List<String> subPointTexts) {
        public CatalogueEntry {
            subPointTexts = List.copyOf(subPointTexts);
        }
    }

    /** A match of a text against an entry; similarity runs from 0 (nothing shared) to 1. */
    record Match(String number, double similarity) {
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "that", "this", "with", "their",
            "should", "make", "sure", "into", "from", "have", "has", "are", "was", "were", "will", "been", "which",
            "they", "them", "its", "all", "any", "can", "may", "such", "other", "also", "including", "include",
            "where", "when", "what", "how", "whether", "more", "most", "not", "who", "made", "being", "these",
            "those", "stalking", "police", "force", "forces");

    public RecommendationCatalogue {
        entries = List.copyOf(entries);
    }

    /** How much of the shorter text's distinctive words the other shares with the numbered entry. */
    double similarity(String text, String number) {
        return entries.stream().filter(entry -> entry.number().equals(number)).findFirst()
                .map(entry -> overlap(words(text), words(fullText(entry)))).orElse(0.0);
    }

    Optional<Match> bestMatch(String text) {
        Set<String> words = words(text);
        return entries.stream().map(entry -> new Match(entry.number(), overlap(words, words(fullText(entry)))))
                .max(Comparator.comparingDouble(Match::similarity));
    }

    static int distinctiveWordCount(String text) {
        return words(text).size();
    }

    private static String fullText(CatalogueEntry entry) {
        return entry.text() + " " + String.join(" ", entry.subPointTexts());
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 3 && !COMMON_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static double overlap(Set<String> first, Set<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        return (double) shared.size() / Math.min(first.size(), second.size());
    }
}
