package org.actiontracker.plan.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.service.MatrixService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The pages anyone may read (published plans, the national matrix and its force-by-force summary, a recommendation
 * across forces); signed-in people see there what the API shows them too. Not part of the API: hidden from its OpenAPI document.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    private static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate(basePath = "web", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance plans(List<PlanListing> plans, Viewer viewer);

        static native TemplateInstance plan(PlanPage page, String notice, Viewer viewer);

        static native TemplateInstance matrix(MatrixPage page, Viewer viewer);

        static native TemplateInstance matrixTable$row(MatrixPage.Line line);

        static native TemplateInstance recommendation(RecommendationPage page, Viewer viewer);

        static native TemplateInstance forces(ForcesPage page, Viewer viewer);
    }

    private final PageViews views;
    private final PageActor pageActor;
    private final ErrorPages errors;
    private final MatrixCsv csv;
    private final MatrixPageCache matrixCache;
    private final MatrixService matrixService;

    public PublicPages(PageViews views, PageActor pageActor, ErrorPages errors, MatrixCsv csv,
                       MatrixPageCache matrixCache, MatrixService matrixService) {
        this.views = views;
        this.pageActor = pageActor;
        this.errors = errors;
        this.csv = csv;
        this.matrixCache = matrixCache;
        this.matrixService = matrixService;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> plans() {
        return page(actor -> views.planListings(actor).map(plans -> Templates.plans(plans, viewer(actor))));
    }

    @GET
    @Path("plans/{id}")
    @Operation(hidden = true)
    public Uni<Response> plan(@PathParam("id") UUID id, @QueryParam("since") String changesSince,
                              @QueryParam("notice") String notice) {
        return page(actor -> views.plan(id, actor, changesSince)
                .map(plan -> Templates.plan(plan, "published".equals(notice) ? "The plan is published" : null,
                        viewer(actor))));
    }

    @GET
    @Path("matrix")
    @Operation(hidden = true)
    public Uni<Response> matrix(@QueryParam("status") String status, @QueryParam("rag") String rag,
                                @QueryParam("overdue") String overdue, @QueryParam("stale") String stale,
                                @QueryParam("kind") String kind,
                                @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        MatrixFilter filter = MatrixFilter.of(status, rag, overdue, stale, kind);
        return pageActor.get().chain(actor -> {
            Viewer viewer = viewer(actor);
            return matrixCache.get(matrixService.audienceOf(actor), filter, viewer,
                            () -> views.matrix(actor, filter, actor.readsEverything() ? "/api/v1/events" : null)
                                    .chain(matrix -> Templates.matrix(matrix, viewer).createUni()))
                    .map(rendered -> matrixResponse(rendered, acceptEncoding))
                    .onFailure().recoverWithItem(failure -> errors.toResponse(failure, viewer));
        });
    }

    /** Already compressed for those who take gzip: the HTTP layer leaves a response with an encoding as it is. */
    private static Response matrixResponse(MatrixPageCache.Rendered rendered, String acceptEncoding) {
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        Response.ResponseBuilder response = Response.ok(gzip ? rendered.gzipped() : rendered.html())
                .type(HTML_UTF8).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return (gzip ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip") : response).build();
    }

    /** One row of the matrix as it is now, for a live matrix page to swap in when it hears of a change there. */
    @GET
    @Path("matrix/rows/{number}")
    @Operation(hidden = true)
    public Uni<Response> matrixRow(@PathParam("number") String number, @QueryParam("status") String status,
                                   @QueryParam("rag") String rag, @QueryParam("overdue") String overdue,
                                   @QueryParam("stale") String stale, @QueryParam("kind") String kind) {
        MatrixFilter filter = MatrixFilter.of(status, rag, overdue, stale, kind);
        return page(actor -> views.matrixLine(actor, filter, number).map(Templates::matrixTable$row));
    }

    @GET
    @Path("matrix.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Uni<Response> matrixCsv(@QueryParam("status") String status, @QueryParam("rag") String rag,
                                   @QueryParam("overdue") String overdue, @QueryParam("stale") String stale,
                                   @QueryParam("kind") String kind) {
        MatrixFilter filter = MatrixFilter.of(status, rag, overdue, stale, kind);
        return pageActor.get().chain(actor -> views.matrix(actor, filter, null))
                .map(matrix -> Response.ok(csv.write(matrix), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"national-matrix.csv\"").build())
                .onFailure().recoverWithItem(errors::toResponse);
    }

    @GET
    @Path("forces")
    @Operation(hidden = true)
    public Uni<Response> forces() {
        return page(actor -> views.forces(actor).map(forces -> Templates.forces(forces, viewer(actor))));
    }

    @GET
    @Path("recommendations/{number}")
    @Operation(hidden = true)
    public Uni<Response> recommendation(@PathParam("number") String number) {
        return page(actor -> views.recommendation(number, actor)
                .map(recommendation -> Templates.recommendation(recommendation, viewer(actor))));
    }

    /** GOV.UK Frontend's stylesheet asks for its fonts and images under /assets. */
    @GET
    @Path("assets/{file: .+}")
    @Operation(hidden = true)
    public Response asset(@PathParam("file") String file) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create("/webjars/govuk-frontend/dist/govuk/assets/" + file)).build();
    }

    private Viewer viewer(Actor actor) {
        return Viewer.of(pageActor, actor);
    }

    private Uni<Response> page(Function<Actor, Uni<TemplateInstance>> render) {
        return pageActor.get().chain(actor -> render.apply(actor)
                        .chain(TemplateInstance::createUni)
                        .map(html -> Response.ok(html, MediaType.TEXT_HTML_TYPE).build())
                        .onFailure().recoverWithItem(failure -> errors.toResponse(failure, viewer(actor))));
    }
}
