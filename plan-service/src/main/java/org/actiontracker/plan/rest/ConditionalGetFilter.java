package org.actiontracker.plan.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Arrays;

/**
 * Conditional GET (RFC 9110 13.1.2): a client that sends the ETag it holds as If-None-Match gets 304 Not Modified
 * without a body while the resource is unchanged. If-None-Match uses the weak comparison, so {@code W/"3"} matches.
 */
public class ConditionalGetFilter {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        EntityTag current = response.getEntityTag();
        if (ifNoneMatch == null || current == null || response.getStatus() != Response.Status.OK.getStatusCode()
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
        boolean matches = Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.replaceFirst("^W/", "").equals("\"" + current.getValue() + "\""));
        if (matches) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
