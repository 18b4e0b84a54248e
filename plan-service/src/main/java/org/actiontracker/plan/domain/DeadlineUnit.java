package org.actiontracker.plan.domain;

import java.time.LocalDate;

/** The units a report counts a period after publication in. */
public enum DeadlineUnit {
    DAYS, WEEKS, MONTHS, YEARS;

    /** Calendar arithmetic: six months after 27 September is 27 March, not 182 days later. */
    public LocalDate after(LocalDate start, int amount) {
        return switch (this) {
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
        };
    }

    /** "56 days", "1 month". */
    public String count(int amount) {
        String unit = name().toLowerCase();
        return amount + " " + (amount == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }
}
