package org.actiontracker.plan.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.TrackedEntity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the iCalendar (RFC 5545) document of a feed: one all-day event per dated fact. Each event keeps its UID
 * for as long as its fact exists and takes its SEQUENCE from the entity's version, so that a calendar client
 * replaces an event whose date moved instead of adding a second one. DTSTAMP and LAST-MODIFIED are the entity's
 * last change: a feed without METHOD states when the information was last revised (RFC 5545 3.8.7.2), which keeps
 * the document identical between two reads when nothing changed.
 */
public final class FeedCalendar {

    private static final String UID_DOMAIN = "@actiontracker.org";
    private static final String PRODUCT = "-//Action Plan Tracker//Calendar feed 1.0//EN";
    /** How often clients that honour REFRESH-INTERVAL (RFC 7986) read the feed again. */
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final int SUMMARY_DESCRIPTION_LENGTH = 80;

    private FeedCalendar() {
    }

    /**
     * @param name      the calendar's name as clients show it
     * @param publicUrl the base URL of the pages the events link to
     */
    public static Calendar build(String name, List<PlanDates> plans, URI publicUrl) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        List<DatedEvent> events = new ArrayList<>();
        for (PlanDates dates : plans) {
            String organisation = dates.organisation().name;
            Plan plan = dates.plan();
            if (plan.responseDueOn != null) {
                events.add(event("plan-response-" + plan.id + UID_DOMAIN, plan.responseDueOn, plan,
                        organisation + ": statutory response due to " + dates.source().title,
                        plan.title, URI.create(base + "/plans/" + plan.id)));
            }
            for (Recommendation recommendation : dates.recommendations()) {
                if (recommendation.deadline != null) {
                    events.add(event("recommendation-" + recommendation.id + "-" + plan.organisationId + UID_DOMAIN,
                            recommendation.deadline, recommendation,
                            organisation + ": recommendation " + recommendation.number + " deadline ("
                                    + dates.source().title + ")",
                            recommendation.text + deadlineDerivation(recommendation),
                            URI.create(base + "/plans/" + plan.id)));
                }
            }
            for (Action action : dates.actions()) {
                if (action.targetDate != null) {
                    events.add(event("action-" + action.id + UID_DOMAIN, action.targetDate, action,
                            organisation + ": recommendation " + reference(action) + " target: "
                                    + shortened(action.description),
                            action.description + "\nStatus: " + action.status
                                    + (action.owner != null && action.owner.name != null
                                    ? "\nOwner: " + action.owner.name : ""),
                            URI.create(base + "/actions/" + action.id)));
                }
            }
        }
        // In date order, so that the document reads as an agenda and is the same at every read.
        events.sort(Comparator.comparing(DatedEvent::day).thenComparing(DatedEvent::uid));
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT).withDefaults()
                .withProperty(new Name(name))
                // The name and refresh interval as clients that predate RFC 7986 read them.
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .withProperty(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH))
                .withProperty(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        events.forEach(dated -> calendar.withComponent(dated.event()));
        return calendar;
    }

    /** The document as served: CRLF line ends and lines folded at 75 octets (RFC 5545 3.1). */
    public static String text(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return text.toString();
    }

    private record DatedEvent(LocalDate day, String uid, VEvent event) {
    }

    private static DatedEvent event(String uid, LocalDate day, TrackedEntity source, String summary, String description,
                                URI url) {
        VEvent event = new VEvent(day, day.plusDays(1), summary);
        // The constructor stamps the event with the current time; RFC 5545 allows one DTSTAMP.
        event.replace(new DtStamp(source.updatedAt));
        event.withProperty(new Uid(uid))
                .withProperty(new Sequence(Math.toIntExact(source.version)))
                .withProperty(new LastModified(source.updatedAt))
                .withProperty(new Description(description))
                .withProperty(new Url(url));
        return new DatedEvent(day, uid, event);
    }

    private static String reference(Action action) {
        return action.subPointRef != null ? action.subPointRef : action.recommendationNumber;
    }

    private static String deadlineDerivation(Recommendation recommendation) {
        return recommendation.deadlineDerivation == null ? "" : "\nDeadline: " + recommendation.deadlineDerivation;
    }

    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SUMMARY_DESCRIPTION_LENGTH ? line
                : line.substring(0, SUMMARY_DESCRIPTION_LENGTH - 1).stripTrailing() + "…";
    }
}
