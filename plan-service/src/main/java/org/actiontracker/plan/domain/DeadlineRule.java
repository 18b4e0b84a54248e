package org.actiontracker.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * A recommendation's deadline as the report states it. The rule is kept, not just its date, so that
 * a corrected publication date moves every deadline that counts from it.
 */
@Embeddable
public class DeadlineRule {

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_rule_kind", nullable = false)
    public DeadlineRuleKind kind = DeadlineRuleKind.NONE;

    /** RELATIVE only. */
    @Column(name = "deadline_rule_amount")
    public Integer amount;

    /** RELATIVE only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_rule_unit")
    public DeadlineUnit unit;

    /** FIXED only. */
    @Column(name = "deadline_rule_date")
    public LocalDate date;

    /** EVENT only. */
    @Column(name = "deadline_rule_event")
    public String event;

    public static DeadlineRule none() {
        return new DeadlineRule();
    }

    public static DeadlineRule relative(int amount, DeadlineUnit unit) {
        DeadlineRule rule = new DeadlineRule();
        rule.kind = DeadlineRuleKind.RELATIVE;
        rule.amount = amount;
        rule.unit = unit;
        return rule;
    }

    public static DeadlineRule fixed(LocalDate date) {
        DeadlineRule rule = new DeadlineRule();
        rule.kind = DeadlineRuleKind.FIXED;
        rule.date = date;
        return rule;
    }

    public static DeadlineRule event(String event) {
        DeadlineRule rule = new DeadlineRule();
        rule.kind = DeadlineRuleKind.EVENT;
        rule.event = event;
        return rule;
    }

    /** The date the rule gives for a source published on {@code publishedOn} (null when it gives none). */
    public LocalDate dueOn(LocalDate publishedOn) {
        return switch (kind) {
            case RELATIVE -> publishedOn == null ? null : unit.after(publishedOn, amount);
            case FIXED -> date;
            case EVENT, NONE -> null;
        };
    }

    /** How the date was reached, for readers who check it ("56 days after publication on 2024-09-27"). */
    public String derivation(LocalDate publishedOn) {
        return switch (kind) {
            case RELATIVE -> publishedOn == null
                    ? unit.count(amount) + " after publication; the source has no publication date"
                    : unit.count(amount) + " after publication on " + publishedOn;
            case FIXED -> "fixed date " + date;
            case EVENT -> "no date: " + event;
            case NONE -> null;
        };
    }

    /** The rule in words, in the form the API accepts back ("within 56 days of publication"). */
    public String text() {
        return switch (kind) {
            case RELATIVE -> "within " + unit.count(amount) + " of publication";
            case FIXED -> "by " + date;
            case EVENT -> event;
            case NONE -> null;
        };
    }
}
