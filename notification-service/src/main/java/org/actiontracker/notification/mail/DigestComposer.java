package org.actiontracker.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.domain.AlertKind;
import org.actiontracker.notification.domain.DigestItem;
import org.actiontracker.notification.domain.RecipientRole;
import org.actiontracker.notification.security.RecipientLinkTokens;
import org.actiontracker.notification.security.RecipientLinkTokens.Purpose;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Words one recipient's alerts as a digest: overdue first, then approaching deadlines, then stale entries. */
@ApplicationScoped
public class DigestComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final String SUBJECT_SUFFIX = ": action plan items for you";
    private static final Map<AlertKind, String> HEADINGS = Map.of(
            AlertKind.OVERDUE, "Overdue",
            AlertKind.DEADLINE_APPROACHING, "Deadline approaching",
            AlertKind.STALE, "Awaiting a progress update");

    private final NotificationConfig config;
    private final RecipientLinkTokens tokens;

    public DigestComposer(NotificationConfig config, RecipientLinkTokens tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    /** The digest of the items, which must not be empty, as of the day it was made. */
    public ComposedDigest compose(String recipientEmail, LocalDate asOf, List<DigestItem> items) {
        Map<AlertKind, List<DigestItem>> byKind = new EnumMap<>(AlertKind.class);
        List<DigestItem> ordered = onePerAction(items).stream().sorted(itemOrder(asOf)).toList();
        ordered.forEach(item -> byKind.computeIfAbsent(item.kind(), kind -> new ArrayList<>()).add(item));
        List<DigestEmail.Section> sections = new ArrayList<>();
        byKind.forEach((kind, kindItems) -> sections.add(new DigestEmail.Section(HEADINGS.get(kind),
                kindItems.stream().map(item -> line(item, recipientEmail, asOf)).toList())));
        DigestEmail email = new DigestEmail(greeting(recipientEmail, items), DATE.format(asOf), sections,
                planLinks(ordered), preferencesUrl(recipientEmail), unsubscribeUrl(recipientEmail));
        return new ComposedDigest(recipientEmail, subject(byKind), email);
    }

    /**
     * A recipient may be alerted about one action several times over: as its owner and as the plan's executive lead
     * (an action without an owner e-mail goes to the lead), or for more than one reason. They read it once, under
     * its most urgent reason, worded as escalated when it was.
     */
    static List<DigestItem> onePerAction(List<DigestItem> items) {
        Comparator<DigestItem> preferred = Comparator.comparing(DigestItem::kind)
                .thenComparing(item -> item.recipientRole() != RecipientRole.EXECUTIVE_LEAD);
        Map<UUID, DigestItem> chosen = new LinkedHashMap<>();
        for (DigestItem item : items) {
            chosen.merge(item.actionId(), item, (kept, other) -> preferred.compare(other, kept) < 0 ? other : kept);
        }
        return List.copyOf(chosen.values());
    }

    public String unsubscribeUrl(String recipientEmail) {
        return withoutTrailingSlash(config.publicUrl()) + "/api/v1/unsubscribe?token="
                + tokens.tokenFor(Purpose.UNSUBSCRIBE, recipientEmail);
    }

    /** This service's preferences page, opened without a sign-in by the signed token. */
    public String preferencesUrl(String recipientEmail) {
        return withoutTrailingSlash(config.publicUrl()) + "/preferences?token="
                + tokens.tokenFor(Purpose.PREFERENCES, recipientEmail);
    }

    /** Each plan the items belong to, in the order its first item appears. */
    private List<DigestEmail.PlanLink> planLinks(List<DigestItem> ordered) {
        Map<UUID, DigestEmail.PlanLink> plans = new LinkedHashMap<>();
        for (DigestItem item : ordered) {
            plans.computeIfAbsent(item.planId(), planId -> new DigestEmail.PlanLink(
                    withoutTrailingSlash(config.webUrl()) + "/plans/" + planId, planName(item)));
        }
        return List.copyOf(plans.values());
    }

    private static String planName(DigestItem item) {
        String title = item.planTitle() == null ? "Action plan" : item.planTitle();
        return item.organisationName() == null ? title : item.organisationName() + ": " + title;
    }

    /** Most urgent first within each section. */
    private static Comparator<DigestItem> itemOrder(LocalDate asOf) {
        return Comparator.comparing(DigestItem::kind)
                .thenComparing(item -> item.kind() == AlertKind.STALE
                        ? sortableDate(item.latestUpdateAt())
                        : item.targetDate(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DigestItem::description, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static LocalDate sortableDate(OffsetDateTime time) {
        return time == null ? null : time.toLocalDate();
    }

    private static String subject(Map<AlertKind, List<DigestItem>> byKind) {
        List<String> parts = new ArrayList<>();
        List<DigestItem> overdue = byKind.getOrDefault(AlertKind.OVERDUE, List.of());
        if (!overdue.isEmpty()) {
            long escalated = overdue.stream().filter(item -> item.recipientRole() == RecipientRole.EXECUTIVE_LEAD).count();
            parts.add(overdue.size() + " overdue" + (escalated > 0 ? " (" + escalated + " escalated to you)" : ""));
        }
        List<DigestItem> approaching = byKind.getOrDefault(AlertKind.DEADLINE_APPROACHING, List.of());
        if (!approaching.isEmpty()) {
            int within = approaching.stream().mapToInt(DigestItem::threshold).max().orElseThrow();
            parts.add(approaching.size() + " due within " + days(within));
        }
        List<DigestItem> stale = byKind.getOrDefault(AlertKind.STALE, List.of());
        if (!stale.isEmpty()) {
            parts.add(stale.size() + " awaiting an update");
        }
        return String.join(", ", parts) + SUBJECT_SUFFIX;
    }

    private DigestEmail.Line line(DigestItem item, String recipientEmail, LocalDate asOf) {
        return new DigestEmail.Line(
                withoutTrailingSlash(config.webUrl()) + "/actions/" + item.actionId(),
                item.description() == null ? "(no description)" : item.description(),
                recommendation(item),
                item.organisationName(),
                item.targetDate() == null ? "none set" : DATE.format(item.targetDate()),
                timing(item, asOf),
                item.latestUpdateAt() == null ? "none yet" : DATE.format(localDate(item.latestUpdateAt())),
                note(item, recipientEmail));
    }

    private String timing(DigestItem item, LocalDate asOf) {
        return switch (item.kind()) {
            case OVERDUE -> days(ChronoUnit.DAYS.between(item.targetDate(), asOf)) + " overdue";
            case DEADLINE_APPROACHING -> {
                long left = ChronoUnit.DAYS.between(asOf, item.targetDate());
                yield left == 0 ? "due today" : "due in " + days(left);
            }
            case STALE -> item.latestUpdateAt() == null
                    ? "no update yet"
                    : "no update for " + days(ChronoUnit.DAYS.between(localDate(item.latestUpdateAt()), asOf));
        };
    }

    private static String note(DigestItem item, String recipientEmail) {
        if (item.recipientRole() == RecipientRole.EXECUTIVE_LEAD) {
            String owner = item.ownerName() != null ? item.ownerName() : item.ownerEmail();
            return "Escalated to you as executive lead" + (owner == null ? "" : "; owner: " + owner);
        }
        if (item.escalated()) {
            return "The plan's executive lead has been copied.";
        }
        if (item.ownerEmail() == null || !item.ownerEmail().equalsIgnoreCase(recipientEmail)) {
            return "Sent to you as executive lead: the action has no owner with an email address.";
        }
        return null;
    }

    private static String recommendation(DigestItem item) {
        if (item.recommendationNumber() == null) {
            return item.subPointRef() == null ? "-" : item.subPointRef();
        }
        return item.subPointRef() == null || item.subPointRef().equals(item.recommendationNumber())
                ? item.recommendationNumber()
                : item.recommendationNumber() + " (" + item.subPointRef() + ")";
    }

    private static String greeting(String recipientEmail, List<DigestItem> items) {
        return items.stream()
                .filter(item -> recipientEmail.equalsIgnoreCase(item.ownerEmail()) && item.ownerName() != null)
                .map(item -> "Dear " + item.ownerName() + ",")
                .findFirst()
                .orElse("Hello,");
    }

    private LocalDate localDate(OffsetDateTime time) {
        ZoneId zone = config.scan().zone();
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A digest ready to render and send. */
    public record ComposedDigest(String recipientEmail, String subject, DigestEmail email) {
    }
}
