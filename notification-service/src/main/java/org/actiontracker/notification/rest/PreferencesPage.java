package org.actiontracker.notification.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.actiontracker.notification.api.PreferenceUpdate;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.notification.domain.DigestFrequency;
import org.actiontracker.notification.domain.RecipientPreference;
import org.actiontracker.notification.security.RecipientLinkTokens;
import org.actiontracker.notification.security.RecipientLinkTokens.Purpose;
import org.actiontracker.notification.service.PreferenceService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page every digest links to, where a recipient chooses how often and how far ahead they are told, or mutes the
 * e-mails. There is no sign-in: the signed token in the link names the recipient, and the form carries it back in a
 * hidden field. No CSRF token is needed for that reason: the only secret a forged cross-site form would need is
 * this token, and whoever holds it may change these settings anyway. A page, not part of the API: hidden from the
 * OpenAPI document.
 */
@Path("/preferences")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PreferencesPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(PreferencesForm form);

        static native TemplateInstance linkNotFound();
    }

    private final RecipientLinkTokens tokens;
    private final PreferenceService preferences;
    private final Validator validator;
    private final List<Integer> defaultLeadDays;
    private final ZoneId zone;

    public PreferencesPage(RecipientLinkTokens tokens, PreferenceService preferences, Validator validator,
                           NotificationConfig config) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.validator = validator;
        this.defaultLeadDays = config.alerts().leadDays();
        this.zone = config.scan().zone();
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> show(@QueryParam("token") String token) {
        String email;
        try {
            email = tokens.verify(Purpose.PREFERENCES, token);
        } catch (RecipientLinkTokens.InvalidTokenException e) {
            return Uni.createFrom().item(linkNotFound());
        }
        return preferences.find(email).map(found -> html(Response.Status.OK, saved(token, found, false)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Uni<Response> save(@FormParam("token") String token, @FormParam("digestFrequency") String frequency,
                              @FormParam("leadDays") String leadDays, @FormParam("muted") String muted) {
        String email;
        try {
            email = tokens.verify(Purpose.PREFERENCES, token);
        } catch (RecipientLinkTokens.InvalidTokenException e) {
            return Uni.createFrom().item(linkNotFound());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Integer> days = parseLeadDays(leadDays, errors);
        PreferenceUpdate update = new PreferenceUpdate(days, frequencyOrNull(frequency), "true".equals(muted));
        // The API's own constraints decide what is allowed; the page only words them for people.
        validator.validate(update).stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(violation -> errors.putIfAbsent(field(violation), message(violation)));
        if (!errors.isEmpty()) {
            PreferencesForm form = new PreferencesForm(token, email, frequency, leadDays == null ? "" : leadDays,
                    update.muted(), null, defaultsText(), errorList(errors), false);
            return Uni.createFrom().item(html(Response.Status.BAD_REQUEST, form));
        }
        return preferences.update(email, update.leadDays(), update.digestFrequency(), update.muted())
                .map(saved -> html(Response.Status.OK, saved(token, saved, true)));
    }

    /** "30, 14 7" and "30,14,7" alike; null (the defaults) when empty. */
    private static List<Integer> parseLeadDays(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(text.strip().split("[\\s,]+")).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            errors.put("leadDays", "Enter whole numbers of days separated by commas, like 30, 14, 7");
            return null;
        }
    }

    private static DigestFrequency frequencyOrNull(String value) {
        return Arrays.stream(DigestFrequency.values()).filter(frequency -> frequency.name().equals(value))
                .findFirst().orElse(null);
    }

    private static String field(ConstraintViolation<PreferenceUpdate> violation) {
        String path = violation.getPropertyPath().toString();
        return path.startsWith("leadDays") ? "leadDays" : path;
    }

    private static String message(ConstraintViolation<PreferenceUpdate> violation) {
        String path = violation.getPropertyPath().toString();
        if (path.equals("digestFrequency")) {
            return "Select how often you want to get digests";
        }
        if (path.startsWith("leadDays[")) {
            return "Each number of days must be from 0 to 365";
        }
        if (path.equals("leadDays")) {
            return "Enter from 1 to 10 numbers of days";
        }
        return violation.getMessage();
    }

    private PreferencesForm saved(String token, RecipientPreference preference, boolean justSaved) {
        String leadDays = preference.leadDays == null ? ""
                : Arrays.stream(preference.leadDays).map(String::valueOf).collect(Collectors.joining(", "));
        String unsubscribedOn = preference.muted && preference.unsubscribedAt != null
                ? DAY.format(preference.unsubscribedAt.atZoneSameInstant(zone)) : null;
        return new PreferencesForm(token, preference.email, preference.digestFrequency.name(), leadDays,
                preference.muted, unsubscribedOn, defaultsText(), List.of(), justSaved);
    }

    private String defaultsText() {
        return defaultLeadDays.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static List<PreferencesForm.FieldProblem> errorList(Map<String, String> errors) {
        List<PreferencesForm.FieldProblem> problems = new ArrayList<>();
        // In the order of the form, as the error summary lists them.
        for (String field : List.of("digestFrequency", "leadDays")) {
            if (errors.containsKey(field)) {
                problems.add(new PreferencesForm.FieldProblem(field, errors.get(field)));
            }
        }
        return problems;
    }

    private static Response linkNotFound() {
        return html(Response.Status.NOT_FOUND, Templates.linkNotFound());
    }

    private static Response html(Response.Status status, PreferencesForm form) {
        return html(status, Templates.preferences(form));
    }

    /** The token is in the address: never cached, never sent on as a referrer. */
    private static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
