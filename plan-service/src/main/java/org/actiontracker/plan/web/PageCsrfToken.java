package org.actiontracker.plan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The CSRF token of this request's pages ({@code {inject:csrf.token}} in the templates): the one the browser's cookie
 * already holds, else a new one that {@link PageFormCsrfGuard} sends as the cookie with the response.
 */
@RequestScoped
@Named("csrf")
public class PageCsrfToken {

    static final String NAME = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final HttpHeaders headers;
    private String token;
    private boolean issued;

    public PageCsrfToken(HttpHeaders headers) {
        this.headers = headers;
    }

    /** The form field that carries the token. */
    public String getParameterName() {
        return NAME;
    }

    public String getToken() {
        if (token == null) {
            Cookie cookie = headers.getCookies().get(NAME);
            if (cookie != null && WELL_FORMED.matcher(cookie.getValue()).matches()) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return token;
    }

    /** Whether this request made a new token, which the response must set as the cookie. */
    boolean issued() {
        return issued;
    }
}
