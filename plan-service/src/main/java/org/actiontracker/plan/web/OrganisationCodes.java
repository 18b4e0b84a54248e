package org.actiontracker.plan.web;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.service.OrganisationService;
import org.actiontracker.plan.service.PageRequest;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the organisation claim of a sign-in into an organisation id: identity providers know a force by its code
 * (DEMO), the service by its id. Codes found are remembered; organisations are not renamed under a running session.
 */
@ApplicationScoped
public class OrganisationCodes {

    private final OrganisationService organisations;
    private final Map<String, UUID> idsByCode = new ConcurrentHashMap<>();

    public OrganisationCodes(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The id the claim names; empty when it names no organisation. */
    public Uni<Optional<UUID>> resolve(String claim) {
        if (claim == null || claim.isBlank()) {
            return Uni.createFrom().item(Optional.empty());
        }
        try {
            return Uni.createFrom().item(Optional.of(UUID.fromString(claim)));
        } catch (IllegalArgumentException notAnId) {
            UUID known = idsByCode.get(claim);
            if (known != null) {
                return Uni.createFrom().item(Optional.of(known));
            }
            return organisations.list(null, PageRequest.of(0, PageRequest.MAX_SIZE, null, OrganisationService.SORTABLE, "name"))
                    .map(page -> page.items().stream().filter(organisation -> claim.equalsIgnoreCase(organisation.code))
                            .map(this::remember).findFirst());
        }
    }

    private UUID remember(Organisation organisation) {
        idsByCode.put(organisation.code, organisation.id);
        return organisation.id;
    }
}
