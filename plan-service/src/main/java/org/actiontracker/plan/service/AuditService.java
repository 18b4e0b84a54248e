package org.actiontracker.plan.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.AuditEntry;
import org.actiontracker.plan.repository.AuditRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who changed what: every accepted change, newest first, for admins. */
@ApplicationScoped
public class AuditService {

    public static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt");

    private final AuditRepository audit;

    public AuditService(AuditRepository audit) {
        this.audit = audit;
    }

    @WithSession
    public Uni<PageResult<AuditEntry>> list(UUID organisationId, UUID resourceId, String actorSubject,
                                            LocalDate from, LocalDate to, Actor actor, PageRequest page) {
        AccessPolicy.requireAdmin(actor, "The audit trail is shown to admins only");
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (organisationId != null) {
            where.add("organisationId = :organisation");
            params.and("organisation", organisationId);
        }
        if (resourceId != null) {
            where.add("resourceId = :resource");
            params.and("resource", resourceId);
        }
        if (actorSubject != null && !actorSubject.isBlank()) {
            where.add("actorSubject = :actor");
            params.and("actor", actorSubject);
        }
        if (from != null) {
            where.add("occurredAt >= :from");
            params.and("from", from.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (to != null) {
            where.add("occurredAt < :to");
            params.and("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        String query = String.join(" and ", where);
        return audit.find(query, page.sort(), params).page(page.page(), page.size()).list()
                .chain(items -> audit.count(query, params).map(total -> PageResult.of(items, page, total)));
    }
}
