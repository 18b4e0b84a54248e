package org.actiontracker.plan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fields a PATCH body sets to {@code null}: in JSON Merge Patch (RFC 7396) that removes them, but a body read into
 * an input record cannot tell a {@code null} from a field left out. The body is read once more as a tree for its
 * top-level nulls, then handed on unchanged; a body that is not JSON is left for the strict reader to refuse.
 */
@Provider
public class MergePatchNulls implements ReaderInterceptor {

    /** What this request's body cleared, for the resource to hand to the service; reached through its methods only. */
    @RequestScoped
    public static class Cleared {

        private final Set<String> fields = new LinkedHashSet<>();

        public Set<String> fields() {
            return Set.copyOf(fields);
        }

        void add(String field) {
            fields.add(field);
        }
    }

    private final Cleared cleared;
    private final ObjectMapper json;
    private final HttpServerRequest request;

    public MergePatchNulls(Cleared cleared, ObjectMapper json, HttpServerRequest request) {
        this.cleared = cleared;
        this.json = json;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!HttpMethod.PATCH.equals(request.method().name())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            JsonNode tree = json.readTree(body);
            if (tree != null && tree.isObject()) {
                tree.fields().forEachRemaining(field -> {
                    if (field.getValue().isNull()) {
                        cleared.add(field.getKey());
                    }
                });
            }
        } catch (JsonProcessingException e) {
            // The reader that follows refuses it, naming what is wrong.
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
