package org.actiontracker.plan.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.Rag;
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.api.Complete;
import org.actiontracker.plan.api.DocumentDto;
import org.actiontracker.plan.api.UpdateInput;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.service.ActionService;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.plan.service.ExpectedVersion;
import org.actiontracker.plan.service.UpdateService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Signed-in pages: "My actions", an action with its history, and the forms to post a progress update and to edit
 * the action. Forms go to the same services as the API, so the same rules refuse the same input; their messages
 * are shown next to the field they name. An edit carries the version it was made on: a change someone else saved
 * meanwhile is shown (the API's 412), never overwritten.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ActionPages {

    /** The update form's fields, in the order the error summary lists them. */
    /** Supporting documents the update form offers room for, each a title and a link. */
    static final int DOCUMENT_SLOTS = 3;
    static final List<String> UPDATE_FIELDS = updateFields();
    static final List<String> EDIT_FIELDS = List.of("description", "targetDate");

    @CheckedTemplate(basePath = "web", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance myActions(List<ActionRow> actions, String email, Viewer viewer);

        static native TemplateInstance action(ActionPage page, Viewer viewer, List<String> statuses,
                                              List<String> rags);
    }

    private final PageViews views;
    private final PageActor pageActor;
    private final ErrorPages errors;
    private final UpdateService updates;
    private final ActionService actions;
    private final Validator validator;

    public ActionPages(PageViews views, PageActor pageActor, ErrorPages errors, UpdateService updates,
                       ActionService actions, Validator validator) {
        this.views = views;
        this.pageActor = pageActor;
        this.errors = errors;
        this.updates = updates;
        this.actions = actions;
        this.validator = validator;
    }

    /** Guarded by sign-in (application.properties): the identity provider's sign-in brings the person back here. */
    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signIn(@QueryParam("to") String to) {
        boolean local = to != null && to.startsWith("/") && !to.startsWith("//");
        return Response.seeOther(URI.create(local ? to : "/my-actions")).build();
    }

    @GET
    @Path("my-actions")
    @Operation(hidden = true)
    public Uni<Response> myActions() {
        return pageActor.get().chain(actor -> views.ownedBy(pageActor.email(), actor)
                .chain(rows -> Templates.myActions(rows, pageActor.email(), viewer(actor)).createUni())
                .map(html -> Response.ok(html, MediaType.TEXT_HTML_TYPE).build())
                .onFailure().recoverWithItem(failure -> errors.toResponse(failure, viewer(actor))));
    }

    @GET
    @Path("actions/{id}")
    @Operation(hidden = true)
    public Uni<Response> action(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return pageActor.get().chain(actor -> render(id, actor, Map.of(), Map.of(), noticeText(notice), null, 200));
    }

    @POST
    @PageForm
    @Path("actions/{id}/updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> postUpdate(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form, UPDATE_FIELDS);
        return pageActor.get().chain(actor -> {
            if (actor.isAnonymous()) {
                return Uni.createFrom().item(signInFirst(id));
            }
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            UpdateInput input = updateInput(typed, fieldErrors);
            if (input != null) {
                validate(input, fieldErrors, Default.class, Complete.class);
                // A slot left empty between filled ones is not an error.
                for (int slot = 0; slot < input.documents().size(); slot++) {
                    if (isEmpty(input.documents().get(slot))) {
                        fieldErrors.remove("documents[" + slot + "].title");
                    }
                }
            }
            if (!fieldErrors.isEmpty()) {
                return render(id, actor, typed, fieldErrors, null, null, 400);
            }
            return updates.record(id, withoutEmptyDocuments(input), actor)
                    .map(update -> Response.seeOther(URI.create("/actions/" + id + "?notice=posted")).build())
                    .onFailure(ApiException.class).recoverWithUni(failure -> refused(id, actor, typed,
                            (ApiException) failure, UPDATE_FIELDS));
        });
    }

    @POST
    @PageForm
    @Path("actions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> edit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form, EDIT_FIELDS);
        return pageActor.get().chain(actor -> {
            if (actor.isAnonymous()) {
                return Uni.createFrom().item(signInFirst(id));
            }
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            LocalDate targetDate = date(typed.get("targetDate"), "targetDate", fieldErrors);
            long version;
            try {
                version = Long.parseLong(form.getFirst("version"));
            } catch (NumberFormatException | NullPointerException e) {
                fieldErrors.put("description", "The form is out of date: open the action again");
                version = -1;
            }
            ActionInput input = new ActionInput(null, null, null, blankAsNull(typed.get("description")),
                    null, targetDate, null, null, null, null, null);
            if (fieldErrors.isEmpty()) {
                validate(input, fieldErrors, Default.class);
            }
            if (!fieldErrors.isEmpty()) {
                return render(id, actor, typed, fieldErrors, null, null, 400);
            }
            return actions.patch(id, input, Set.of(), new ExpectedVersion(version), actor)
                    .map(action -> Response.seeOther(URI.create("/actions/" + id + "?notice=edited")).build())
                    .onFailure(ApiException.class).recoverWithUni(failure -> {
                        ApiException refusal = (ApiException) failure;
                        if (refusal.status() == 412) {
                            return conflict(id, actor, typed, refusal);
                        }
                        return refused(id, actor, typed, refusal, EDIT_FIELDS);
                    });
        });
    }

    private Uni<Response> conflict(UUID id, Actor actor, Map<String, String> typed, ApiException refusal) {
        return views.action(id, actor).chain(subject -> {
            ActionRow now = subject.action();
            ActionPage.Conflict conflict = new ActionPage.Conflict("Someone else changed this action after you"
                    + " opened it (" + refusal.getMessage() + "). Your change was not saved. Check what it says"
                    + " now, then make your change again.", now.description(), now.targetDate(), subject.ownerName(),
                    now.version());
            return render(id, actor, typed, Map.of(), null, conflict, 412);
        });
    }

    private Uni<Response> refused(UUID id, Actor actor, Map<String, String> typed, ApiException refusal,
                                  List<String> fields) {
        if (refusal.status() == 401 || refusal.status() == 403 || refusal.status() == 404) {
            return Uni.createFrom().item(errors.toResponse(refusal, viewer(actor)));
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        refusal.fieldErrors().forEach(error -> fieldErrors.put(fields.contains(error.field()) ? error.field()
                : fields.get(0), error.reason()));
        if (fieldErrors.isEmpty()) {
            fieldErrors.put(fields.get(0), refusal.getMessage());
        }
        return render(id, actor, typed, fieldErrors, null, null, refusal.status());
    }

    private Uni<Response> render(UUID id, Actor actor, Map<String, String> form, Map<String, String> fieldErrors,
                                 String notice, ActionPage.Conflict conflict, int status) {
        return views.action(id, actor)
                .chain(subject -> Templates.action(new ActionPage(subject, form, fieldErrors, notice, conflict),
                        viewer(actor), names(ActionStatus.values()), names(Rag.values())).createUni())
                .map(html -> Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(html).build())
                .onFailure().recoverWithItem(failure -> errors.toResponse(failure, viewer(actor)));
    }

    private static Response signInFirst(UUID id) {
        return Response.seeOther(URI.create("/sign-in?to=" + URLEncoder.encode("/actions/" + id,
                StandardCharsets.UTF_8))).build();
    }

    private static UpdateInput updateInput(Map<String, String> form, Map<String, String> fieldErrors) {
        LocalDate reportedOn = date(form.get("reportedOn"), "reportedOn", fieldErrors);
        ActionStatus status = choice(ActionStatus.class, form.get("newStatus"), "newStatus", fieldErrors);
        Rag rag = choice(Rag.class, form.get("newRag"), "newRag", fieldErrors);
        Integer percent = null;
        String percentText = blankAsNull(form.get("newPercentComplete"));
        if (percentText != null) {
            try {
                percent = Integer.valueOf(percentText);
            } catch (NumberFormatException e) {
                fieldErrors.put("newPercentComplete", "must be a whole number from 0 to 100");
            }
        }
        if (!fieldErrors.isEmpty()) {
            return null;
        }
        return new UpdateInput(blankAsNull(form.get("period")), reportedOn, null, form.get("text"), status,
                blankAsNull(form.get("newStatusLabel")), rag, percent, documents(form));
    }

    private static List<String> updateFields() {
        List<String> fields = new ArrayList<>(List.of("text", "period", "reportedOn", "newStatus",
                "newStatusLabel", "newRag", "newPercentComplete"));
        for (int slot = 0; slot < DOCUMENT_SLOTS; slot++) {
            fields.add("documents[" + slot + "].title");
            fields.add("documents[" + slot + "].url");
        }
        return List.copyOf(fields);
    }

    /**
     * The filled document slots, each in its own slot's position: an empty slot is sent as a document of neither
     * title nor link, so that an error names the slot the person filled ({@code documents[2].url}), and
     * {@link #withoutEmptyDocuments} drops it before the update is recorded.
     */
    private static List<DocumentDto> documents(Map<String, String> form) {
        List<DocumentDto> documents = new ArrayList<>();
        for (int slot = 0; slot < DOCUMENT_SLOTS; slot++) {
            documents.add(new DocumentDto(blankAsNull(form.get("documents[" + slot + "].title")),
                    blankAsNull(form.get("documents[" + slot + "].url"))));
        }
        while (!documents.isEmpty() && isEmpty(documents.get(documents.size() - 1))) {
            documents.remove(documents.size() - 1);
        }
        return documents;
    }

    private static UpdateInput withoutEmptyDocuments(UpdateInput input) {
        return new UpdateInput(input.period(), input.reportedOn(), input.authorRole(), input.text(), input.newStatus(),
                input.newStatusLabel(), input.newRag(), input.newPercentComplete(),
                input.documents().stream().filter(document -> !isEmpty(document)).toList());
    }

    private static boolean isEmpty(DocumentDto document) {
        return document.title() == null && document.url() == null;
    }

    private <T> void validate(T input, Map<String, String> fieldErrors, Class<?>... groups) {
        Set<ConstraintViolation<T>> violations = validator.validate(input, groups);
        violations.forEach(violation -> {
            fieldErrors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        });
    }

    private static LocalDate date(String value, String field, Map<String, String> fieldErrors) {
        String text = blankAsNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fieldErrors.put(field, "must be a date such as 2026-03-27");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field,
                                                Map<String, String> fieldErrors) {
        String text = blankAsNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            fieldErrors.put(field, "is not one of the choices offered");
            return null;
        }
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form, List<String> fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(field -> typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field)));
        return typed;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String noticeText(String notice) {
        if ("posted".equals(notice)) {
            return "Your update has been posted";
        }
        return "edited".equals(notice) ? "Your changes to the action have been saved" : null;
    }

    private static List<String> names(Enum<?>[] values) {
        return List.of(values).stream().map(Enum::name).toList();
    }

    private Viewer viewer(Actor actor) {
        return Viewer.of(pageActor, actor);
    }
}
