package org.actiontracker.plan.rest;

import jakarta.ws.rs.QueryParam;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.repository.ActionFilter;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.service.ActionService;
import org.actiontracker.plan.service.PageRequest;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;
import org.actiontracker.support.rest.Params;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The query parameters of action lists, parsed with errors that name the parameter. */
public class ActionQuery {

    @QueryParam("planId")
    @Parameter(description = "Only actions of this plan")
    String planId;

    @QueryParam("organisationId")
    @Parameter(description = "Only actions of this organisation")
    String organisationId;

    @QueryParam("ownerEmail")
    @Parameter(description = "Only actions owned by this e-mail address (case-insensitive). Personal data: refused"
            + " with 401 without a bearer token")
    String ownerEmail;

    @QueryParam("status")
    @Parameter(description = "Canonical statuses, repeated or comma-separated", example = "ON_TRACK,DELAYED")
    List<String> status;

    @QueryParam("rag")
    @Parameter(description = "RED, AMBER, GREEN; repeated or comma-separated")
    List<String> rag;

    @QueryParam("recommendation")
    @Parameter(description = "Recommendation number as published", example = "14")
    String recommendation;

    @QueryParam("targetBefore")
    @Parameter(description = "Target date before this date (YYYY-MM-DD)")
    String targetBefore;

    @QueryParam("targetAfter")
    @Parameter(description = "Target date after this date (YYYY-MM-DD)")
    String targetAfter;

    @QueryParam("noUpdateSince")
    @Parameter(description = "No progress update since this date (YYYY-MM-DD), or none at all")
    String noUpdateSince;

    @QueryParam("ragMismatch")
    @Parameter(description = "true: only actions whose declared RAG differs from their computedRag; false: the others")
    Boolean ragMismatch;

    @QueryParam("page")
    @Parameter(description = "Page index from 0")
    Integer page;

    @QueryParam("size")
    @Parameter(description = "Page size, 1 to 500 (default 20)")
    Integer size;

    @QueryParam("sort")
    @Parameter(description = "Fields to sort by, comma-separated, - for descending: position, targetDate,"
            + " latestUpdateAt, status, recommendationNumber, updatedAt, createdAt", example = "targetDate,-latestUpdateAt")
    String sort;

    /**
     * @throws ApiException 401 naming ownerEmail for anonymous callers: e-mail addresses are personal data they may
     *                      not see, so they may not count another person's actions by one either
     */
    ActionFilter filter(Actor caller) {
        if (caller.isAnonymous() && ownerEmail != null && !ownerEmail.isBlank()) {
            throw new ApiException(401, "Unauthorized", "Filtering by owner e-mail needs a bearer token: e-mail"
                    + " addresses are shown to signed-in callers only", List.of(new FieldError(
                    "ownerEmail", "needs a bearer token")));
        }
        return new ActionFilter(Params.uuid("planId", planId), Params.uuid("organisationId", organisationId), ownerEmail,
                Params.enumValues("status", status, ActionStatus.class), Params.enumValues("rag", rag, Rag.class),
                recommendation, Params.date("targetBefore", targetBefore), Params.date("targetAfter", targetAfter),
                Params.date("noUpdateSince", noUpdateSince), ragMismatch);
    }

    PageRequest page() {
        return PageRequest.of(page, size, sort, ActionService.SORTABLE, "position");
    }

}
