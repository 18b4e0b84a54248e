package org.actiontracker.notification.mail;

import java.util.List;

/** What a digest template shows, already worded and formatted; templates only lay it out. */
public record DigestEmail(String greeting, String asOf, List<Section> sections, List<PlanLink> plans,
                          String preferencesUrl, String unsubscribeUrl) {

    public record Section(String heading, List<Line> lines) {
    }

    /** The page of a plan the digest's items belong to, once per plan. */
    public record PlanLink(String url, String name) {
    }

    /**
     * One action.
     *
     * @param timing "3 days overdue", "due in 14 days", "no update for 120 days"
     * @param note   why a recipient other than the owner sees it, or that the lead was copied; may be null
     */
    public record Line(String actionUrl, String description, String recommendation, String organisation,
                       String targetDate, String timing, String latestUpdate, String note) {
    }
}
