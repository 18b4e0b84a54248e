package org.actiontracker.plan.service;

import org.actiontracker.plan.domain.DeadlineRule;
import org.actiontracker.plan.domain.DeadlineUnit;
import org.actiontracker.support.problem.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline rule in the words reports use: "within 56 days of publication", "six months",
 * "nine months from publication", "by 27 March 2025", "2025-03-27", "in the 2024-2025
 * parliamentary session"; "none" or blank for none. Anything else is refused, naming the field.
 */
public final class DeadlineRuleParser {

    public static final String FIELD = "deadlineRule";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("eighteen", 18), Map.entry("twenty-four", 24), Map.entry("twenty-eight", 28),
            Map.entry("thirty", 30), Map.entry("fifty-six", 56), Map.entry("ninety", 90), Map.entry("a", 1),
            Map.entry("an", 1));

    private static final Pattern RELATIVE = Pattern.compile(
            "(?:within\\s+)?(\\d{1,4}|[a-z]+(?:-[a-z]+)?)\\s+(day|week|month|year)s?"
                    + "(?:\\s+(?:of|from|after)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?publication)?");
    private static final Pattern FIXED = Pattern.compile("(?:(?:by|before|on)\\s+)?(.+)");
    /**
     * How an occasion is introduced; text that starts otherwise is not taken for one, nor is one that
     * starts with a number (a date that does not exist, "by 31 February 2025").
     */
    private static final Pattern EVENT = Pattern.compile(
            "(?:in|during|before|after|at|from|when|upon|on|by)\\s+(?!\\d)(?:the\\s+)?\\S.*");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            dayMonthYear("d MMMM uuuu"), dayMonthYear("d MMM uuuu"));

    private DeadlineRuleParser() {
    }

    public static DeadlineRule parse(String text) {
        String rule = text == null ? "" : text.strip().replaceAll("\\s+", " ").replaceFirst("[.;]$", "");
        String lower = rule.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("none")) {
            return DeadlineRule.none();
        }
        Matcher relative = RELATIVE.matcher(lower);
        if (relative.matches()) {
            Integer amount = amount(relative.group(1));
            if (amount == null || amount < 1 || amount > 3660) {
                throw invalid(rule, "a period must be a number of days, weeks, months or years from 1");
            }
            return DeadlineRule.relative(amount, DeadlineUnit.valueOf(relative.group(2).toUpperCase(Locale.ROOT) + "S"));
        }
        Matcher fixed = FIXED.matcher(lower);
        if (fixed.matches()) {
            LocalDate date = date(fixed.group(1));
            if (date != null) {
                return DeadlineRule.fixed(date);
            }
        }
        if (EVENT.matcher(lower).matches() && rule.length() <= 500) {
            return DeadlineRule.event(rule);
        }
        throw invalid(rule, "not a deadline rule; say \"within 56 days of publication\", \"by 27 March 2025\","
                + " an occasion such as \"in the 2024-2025 parliamentary session\", or \"none\"");
    }

    private static DateTimeFormatter dayMonthYear(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static Integer amount(String word) {
        return word.chars().allMatch(Character::isDigit) ? Integer.valueOf(word) : NUMBER_WORDS.get(word);
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }

    private static ApiException invalid(String rule, String reason) {
        return ApiException.invalid(FIELD, reason + " (got \"" + rule + "\")");
    }
}
