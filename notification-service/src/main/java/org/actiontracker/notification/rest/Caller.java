package org.actiontracker.notification.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.service.PreferenceService;
import org.actiontracker.support.problem.ApiException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling: an admin sees everything, anyone else only what is addressed to their token's email. */
@ApplicationScoped
public class Caller {

    public static final String ADMIN = "admin";
    private static final String EMAIL_CLAIM = "email";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    public Optional<String> email() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object email = token.getClaim(EMAIL_CLAIM);
            if (email != null && !email.toString().isBlank()) {
                return Optional.of(PreferenceService.normalise(email.toString()));
            }
        }
        return Optional.empty();
    }

    /**
     * The recipient whose data the request may see.
     *
     * @param requested the recipient asked for, or null
     * @param field     the parameter that named it, for the problem detail
     * @return the requested recipient (null means all) for an admin; the caller's own email otherwise
     * @throws ApiException 403 when a non-admin asks for someone else, or has no email claim
     */
    public String recipientScope(String requested, String field) {
        String normalised = requested == null || requested.isBlank() ? null : PreferenceService.normalise(requested);
        if (isAdmin()) {
            return normalised;
        }
        String own = email().orElseThrow(() -> ApiException.forbidden(field,
                "cannot be matched: the token carries no email claim"));
        if (normalised != null && !normalised.equals(own)) {
            throw ApiException.forbidden(field, "may only be your own email address unless you are an admin");
        }
        return own;
    }
}
