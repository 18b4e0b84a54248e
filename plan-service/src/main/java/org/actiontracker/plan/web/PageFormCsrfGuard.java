package org.actiontracker.plan.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * CSRF protection of the pages' forms by double submit: a page that shows a form sets {@link PageCsrfToken} as an
 * HttpOnly, SameSite=Strict cookie, the form carries it in a hidden field, and a {@link PageForm} post is refused
 * unless both are present and equal.
 * <p>
 * Written here rather than taken from quarkus-rest-csrf: that filter checks every form post of the application
 * (3.33.2 has no path scope, and {@code verify-token=false} still refuses an unsafe request without the cookie), so
 * it refused the API's multipart import, which systems post with a bearer token and no cookie and which no other site
 * can forge.
 */
public class PageFormCsrfGuard {

    private final WebConfig config;
    private final PageCsrfToken token;

    public PageFormCsrfGuard(WebConfig config, PageCsrfToken token) {
        this.config = config;
        this.token = token;
    }

    @PageForm
    @WithFormRead
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(PageCsrfToken.NAME);
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(PageCsrfToken.NAME, true, false);
        if (cookie == null || !(field instanceof String submitted) || !same(cookie.getValue(), submitted)) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("This form has expired or did not come from this site: reload the page and try again.")
                    .build();
        }
        return null;
    }

    /** Sets the cookie of a token a page made for its forms. */
    @ServerResponseFilter
    public void issue(ContainerResponseContext response) {
        if (token.issued()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(PageCsrfToken.NAME)
                    .value(token.getToken()).path("/").httpOnly(true).secure(config.behindTls())
                    .sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    private static boolean same(String expected, String submitted) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }
}
