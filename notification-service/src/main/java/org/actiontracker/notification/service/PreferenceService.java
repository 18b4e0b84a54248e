package org.actiontracker.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.domain.DigestFrequency;
import org.actiontracker.notification.domain.RecipientPreference;
import org.actiontracker.notification.repository.DigestRepository;
import org.actiontracker.notification.repository.NotificationRepository;
import org.actiontracker.notification.repository.PreferenceRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Recipients' settings. Muting (or unsubscribing) also drops what was waiting to be sent to them. */
@ApplicationScoped
public class PreferenceService {

    private final PreferenceRepository preferences;
    private final NotificationRepository notifications;
    private final DigestRepository digests;

    public PreferenceService(PreferenceRepository preferences, NotificationRepository notifications,
                             DigestRepository digests) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.digests = digests;
    }

    /** The recipient's settings, or the defaults (not stored) when they have none. */
    @WithSession
    public Uni<RecipientPreference> find(String email) {
        String normalised = normalise(email);
        return preferences.findById(normalised).map(found -> found != null ? found : defaults(normalised));
    }

    /**
     * @param leadDays null for the service defaults
     */
    @WithTransaction
    public Uni<RecipientPreference> update(String email, List<Integer> leadDays, DigestFrequency frequency,
                                           boolean muted) {
        String normalised = normalise(email);
        return findOrCreate(normalised).flatMap(preference -> {
            boolean newlyMuted = muted && !preference.muted;
            preference.leadDays = leadDays == null ? null
                    : leadDays.stream().distinct().sorted(Comparator.reverseOrder()).toArray(Integer[]::new);
            preference.digestFrequency = frequency;
            preference.muted = muted;
            if (!muted) {
                preference.unsubscribedAt = null;
            }
            return save(preference, newlyMuted);
        });
    }

    @WithTransaction
    public Uni<RecipientPreference> unsubscribe(String email) {
        String normalised = normalise(email);
        return findOrCreate(normalised).flatMap(preference -> {
            boolean newlyMuted = !preference.muted;
            preference.muted = true;
            if (preference.unsubscribedAt == null) {
                preference.unsubscribedAt = now();
            }
            return save(preference, newlyMuted);
        });
    }

    private Uni<RecipientPreference> findOrCreate(String email) {
        return preferences.findById(email).flatMap(found -> found != null
                ? Uni.createFrom().item(found)
                : preferences.persist(defaults(email)));
    }

    private Uni<RecipientPreference> save(RecipientPreference preference, boolean newlyMuted) {
        preference.updatedAt = now();
        Uni<RecipientPreference> saved = preferences.persistAndFlush(preference);
        if (!newlyMuted) {
            return saved;
        }
        return saved.call(() -> notifications.cancelQueued(preference.email, now()))
                .call(() -> digests.cancelUnsent(preference.email));
    }

    private static RecipientPreference defaults(String email) {
        RecipientPreference preference = new RecipientPreference();
        preference.email = email;
        preference.digestFrequency = DigestFrequency.DAILY;
        preference.updatedAt = now();
        return preference;
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
