package org.actiontracker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of each resource as carried in {@code data.resource}: enough that a
 * consumer never has to call plan-service back. Enumerations travel as their canonical names.
 */
public final class Snapshots {

    public record Person(String name, String role, String email) {
    }

    public record Organisation(UUID id, String code, String name, String kind, long version) {
    }

    public record Source(UUID id, String title, String publisher, LocalDate publishedOn, String url,
                         String kind, long version) {
    }

    public record SubPoint(String ref, String text) {
    }

    public record Recommendation(UUID id, UUID sourceId, String number, String text, List<String> addressees,
                                 LocalDate deadline, String deadlineRule, List<SubPoint> subPoints,
                                 long version) {
    }

    public record Plan(UUID id, UUID organisationId, String organisationCode, String organisationName,
                       UUID sourceId, String title, Person executiveLead, Person operationalLead,
                       String governanceBody, LocalDate reviewDate, String versionLabel, String state,
                       int reportingIntervalDays, LocalDate responseDueOn, long version) {
    }

    public record Document(String title, String url) {
    }

    public record Action(UUID id, UUID planId, UUID organisationId, String organisationName, UUID sourceId,
                         UUID recommendationId, String recommendationNumber, String subPointRef,
                         String description, Person owner, LocalDate targetDate, String status,
                         String statusLabel, String rag, Integer percentComplete, List<Document> documents,
                         Instant latestUpdateAt, Instant createdAt, long version) {
    }

    public record Update(UUID id, UUID actionId, UUID planId, Instant recordedAt, String period,
                         LocalDate reportedOn, Person author, String text, String newStatus, String newRag,
                         Integer newPercentComplete, int revision, boolean withdrawn, Instant withdrawnAt,
                         String withdrawnBy, long version) {
    }

    private Snapshots() {
    }
}
