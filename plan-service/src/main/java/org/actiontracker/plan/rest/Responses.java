package org.actiontracker.plan.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** Responses that carry the resource's version as a strong ETag, for If-Match on later writes. */
final class Responses {

    static final String BODY_REQUIRED = "a JSON body is required";

    private Responses() {
    }

    static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(etag(version)).build();
    }

    static <T> RestResponse<T> created(T body, long version, URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(etag(version)).build();
    }

    static URI location(UriInfo uri, String collection, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1").path(collection).path(id.toString()).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
