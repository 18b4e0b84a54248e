package org.actiontracker.plan.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as plans write them: "18/11/24", "20/11/2024", "27th March 2025", "27 th March 2025",
 * "Oct 24", "October 2024". A month and year alone stand for the 1st of that month, the only day
 * such a label can be stored as. Two-digit years are read as 20yy: every plan is from this century,
 * and "Oct 24" means October 2024 in UK plans, never the 24th of October.
 */
final class DateExpressions {

    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY_MONTH_YEAR = "\\d{1,2}\\s*(?i:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(?:\\d{4}|'?\\d{2})(?!\\d)";
    private static final String NUMERIC = "\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])";
    /** "Oct 24", "March 2025", and as spreadsheets write a month: "Nov-24". */
    private static final String MONTH_YEAR = MONTH + "\\.?,?(?:\\s+|-)'?(?:\\d{4}|\\d{2})(?![\\d/:])";

    /** Any one date expression, to embed in larger patterns; the longest forms are tried first. */
    static final String DATE = "(?<![\\p{L}\\d/])(?:" + DAY_MONTH_YEAR + "|" + NUMERIC + "|" + MONTH_YEAR + ")";

    private static final Pattern ANY_DATE = Pattern.compile(DATE);
    private static final Pattern DAY_MONTH_YEAR_PARTS = Pattern.compile(
            "(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\.?,?\\s+'?(\\d{4}|\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_PARTS = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern MONTH_YEAR_PARTS = Pattern.compile("(" + MONTH + ")\\.?,?(?:\\s+|-)'?(\\d{4}|\\d{2})");

    private static final Pattern DEADLINE_BY = Pattern.compile(
            "(?i:\\bby),?\\s+(" + DAY_MONTH_YEAR + "|" + NUMERIC + ")");
    private static final Pattern DEADLINE_LEADING = Pattern.compile("^\\s*(" + DAY_MONTH_YEAR + ")\\s*,");
    private static final Pattern DEADLINE_END_OF_YEAR = Pattern.compile("(?i)\\bbefore the end of (\\d{4})\\b");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*\\d{1,3}[.)]\\s*");

    private DateExpressions() {
    }

    /** Reads one date expression (as matched by {@link #DATE}); null when it is not a real date. */
    static LocalDate parse(String expression) {
        String text = expression.strip();
        try {
            Matcher numeric = NUMERIC_PARTS.matcher(text);
            if (numeric.matches()) {
                return LocalDate.of(year(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)));
            }
            Matcher dayMonthYear = DAY_MONTH_YEAR_PARTS.matcher(text);
            if (dayMonthYear.matches()) {
                return LocalDate.of(year(dayMonthYear.group(3)), month(dayMonthYear.group(2)),
                        Integer.parseInt(dayMonthYear.group(1)));
            }
            Matcher monthYear = MONTH_YEAR_PARTS.matcher(text);
            if (monthYear.matches()) {
                return LocalDate.of(year(monthYear.group(2)), month(monthYear.group(1)), 1);
            }
        } catch (DateTimeException impossibleDate) {
            return null;
        }
        return null;
    }

    /** The first date anywhere in the text, or null. */
    static LocalDate firstDate(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ANY_DATE.matcher(text);
        while (matcher.find()) {
            LocalDate date = parse(matcher.group());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The deadline a recommendation sets: "By 27 March 2025", "By 22 November 2024 (56 days from
     * publication)", "27 March 2025, make sure ...", "Before the end of 2024"; the first one when
     * the text sets several. Null when there is none.
     */
    static LocalDate deadline(String text) {
        if (text == null) {
            return null;
        }
        Matcher by = DEADLINE_BY.matcher(text);
        if (by.find()) {
            return parse(by.group(1));
        }
        Matcher leading = DEADLINE_LEADING.matcher(text);
        if (leading.find()) {
            return parse(leading.group(1));
        }
        Matcher endOfYear = DEADLINE_END_OF_YEAR.matcher(text);
        if (endOfYear.find()) {
            return LocalDate.of(Integer.parseInt(endOfYear.group(1)), 12, 31);
        }
        return null;
    }

    /** A deadline that opens the text ("2. By 27 March 2025 provide ..."), the action's own. */
    static LocalDate leadingDeadline(String text) {
        if (text == null) {
            return null;
        }
        String withoutNumber = LIST_NUMBER.matcher(text).replaceFirst("");
        Matcher by = DEADLINE_BY.matcher(withoutNumber);
        return by.find() && by.start() == 0 ? parse(by.group(1)) : null;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("Not a month: " + name);
        };
    }
}
