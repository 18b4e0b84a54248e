package org.actiontracker.plan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.actiontracker.plan.config.ApiConfig;
import org.actiontracker.plan.repository.IdempotencyKeyRepository;
import org.actiontracker.plan.repository.IdempotencyKeyRepository.StoredAnswer;
import org.actiontracker.plan.security.CurrentActor;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on creating POSTs (draft-ietf-httpapi-idempotency-key-header): a retry with the same key
 * and body gets the first answer again and creates nothing; the same key with another body or on another resource
 * is a 422; a retry while the first request still runs is a 409. Keys belong to the caller (token subject) and are
 * kept {@code api.idempotency.retention}. The key is taken before the write and its answer kept after it, so a crash
 * between the two leaves the key in progress until {@code api.idempotency.abandoned-after}, when a retry runs anew.
 * {@link IdempotentBodies} compares the bodies.
 */
public class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyKeyRepository keys;
    private final IdempotentRequest current;
    private final CurrentActor actor;
    private final ApiConfig config;
    private final ObjectMapper json;

    public IdempotencyKeys(IdempotencyKeyRepository keys, IdempotentRequest current, CurrentActor actor,
                           ApiConfig config, ObjectMapper json) {
        this.keys = keys;
        this.current = current;
        this.actor = actor;
        this.config = config;
        this.json = json;
    }

    /** After authorisation (AccessFilter), before the body is read. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 50)
    public Uni<Response> reserve(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "1 to 255 visible ASCII characters");
        }
        String caller = actor.get().subject();
        String target = request.getMethod() + " " + request.getUriInfo().getPath();
        return keys.reserve(caller, key, target, config.idempotency().retention(),
                config.idempotency().abandonedAfter()).map(reservation -> {
            if (reservation.reserved()) {
                current.reserved(caller, key);
                return null;
            }
            StoredAnswer earlier = reservation.existing();
            if (earlier == null || earlier.inProgress()) {
                throw new ApiException(409, "Conflict", "A request with this Idempotency-Key is still being"
                        + " processed; retry once it has been answered", List.of(new FieldError(HEADER,
                        "in use by a request in progress")));
            }
            if (!earlier.request().equals(target)) {
                throw reusedKey("was used for " + earlier.request());
            }
            current.answeredBefore(earlier);
            return earlier.bodyHash() == null ? replay(earlier) : null;
        });
    }

    /** Keeps a created answer for retries; frees the key of a request that created nothing. */
    @ServerResponseFilter
    public Uni<Void> keep(ContainerResponseContext response) {
        if (!current.isReserved()) {
            return Uni.createFrom().voidItem();
        }
        int status = response.getStatus();
        if (status < 200 || status >= 300) {
            return keys.release(current.caller(), current.key());
        }
        String body;
        try {
            body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            return keys.release(current.caller(), current.key());
        }
        return keys.complete(current.caller(), current.key(), new StoredAnswer(null, current.bodyHash(), status,
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                response.getMediaType() == null ? null : response.getMediaType().toString(), body));
    }

    @ServerExceptionMapper
    public Response replayed(ReplayedAnswer replay) {
        return replay(replay.answer);
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).header("Idempotent-Replayed", "true");
        if (answer.location() != null) {
            replay.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            replay.header(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.body() != null) {
            replay.entity(answer.body()).type(answer.contentType());
        }
        return replay.build();
    }

    static ApiException reusedKey(String reason) {
        return new ApiException(422, "Unprocessable content", "This Idempotency-Key " + reason + "; send a new key"
                + " for a new request", List.of(new FieldError(HEADER, "reused for another request")));
    }

    /** Thrown while reading a retried body: the earlier answer is the answer. */
    static final class ReplayedAnswer extends RuntimeException {
        private final transient StoredAnswer answer;

        ReplayedAnswer(StoredAnswer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }
}
