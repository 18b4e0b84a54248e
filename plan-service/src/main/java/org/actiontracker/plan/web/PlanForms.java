package org.actiontracker.plan.web;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.PlanService;
import org.actiontracker.support.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

/**
 * The plan page's form for those who may write the plan: publishing a draft, through the same service method as the
 * API's PATCH, so the same rule refuses the same person. The form carries the version it was shown: a plan changed
 * meanwhile is refused (the API's 412), never published unseen.
 */
// At the root like the other pages: a class at /plans/{id} would take GET /plans/{id} from PublicPages and 404 it.
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PlanForms {

    private final PlanService plans;
    private final PageActor pageActor;
    private final ErrorPages errors;

    public PlanForms(PlanService plans, PageActor pageActor, ErrorPages errors) {
        this.plans = plans;
        this.pageActor = pageActor;
        this.errors = errors;
    }

    @POST
    @PageForm
    @Path("plans/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> publish(@PathParam("id") UUID id, @FormParam("version") String version) {
        PlanInput publish = new PlanInput(null, null, null, null, null, null, null, null, PlanState.PUBLISHED, null);
        // Who may not write at all is refused before the form is read, as the API refuses before the body.
        return pageActor.get().chain(actor -> Uni.createFrom().item(actor).invoke(AccessPolicy::requireWriteRole)
                .chain(() -> expectedVersion(version))
                .chain(expected -> plans.patch(id, publish, Set.of(), expected, actor))
                .map(plan -> Response.seeOther(URI.create("/plans/" + id + "?notice=published")).build())
                .onFailure().recoverWithItem(failure -> errors.toResponse(failure, Viewer.of(pageActor, actor))));
    }

    private static Uni<ExpectedVersion> expectedVersion(String version) {
        try {
            return Uni.createFrom().item(new ExpectedVersion(Long.parseLong(version)));
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(ApiException.invalid("version",
                    "the form is out of date: open the plan again"));
        }
    }
}
