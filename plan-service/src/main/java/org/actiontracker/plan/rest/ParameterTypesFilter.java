package org.actiontracker.plan.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks typed path and query parameters (UUIDs, whole numbers, booleans) before JAX-RS converts them: its own
 * conversion answers a bad value with 404 "No resource", or reads {@code includeWithdrawn=yes} as false. Every
 * badly typed parameter is reported, each by its name. Runs after the role check and before ownership lookups.
 */
public class ParameterTypesFilter {

    enum Kind { UUID, WHOLE_NUMBER, BOOLEAN }

    record TypedParameter(String name, boolean inPath, Kind kind) {
    }

    private static final Set<String> BOOLEANS = Set.of("true", "false");

    private final Map<Method, List<TypedParameter>> typed = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        List<FieldError> errors = new ArrayList<>();
        for (TypedParameter parameter : typed.computeIfAbsent(method, ParameterTypesFilter::typedParameters)) {
            List<String> values = (parameter.inPath() ? path : query).get(parameter.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                String reason = problemWith(value, parameter.kind());
                if (reason != null) {
                    errors.add(new FieldError(parameter.name(), reason));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Invalid request", errors.stream()
                    .map(error -> error.field() + ": " + error.reason()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    errors);
        }
    }

    private static String problemWith(String value, Kind kind) {
        String trimmed = value.trim();
        return switch (kind) {
            case UUID -> isUuid(trimmed) ? null : "'" + value + "' is not a UUID";
            case WHOLE_NUMBER -> trimmed.matches("-?\\d{1,9}") ? null : "'" + value + "' is not a whole number";
            case BOOLEAN -> BOOLEANS.contains(trimmed.toLowerCase(Locale.ROOT)) ? null
                    : "'" + value + "' is not true or false";
        };
    }

    private static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<TypedParameter> typedParameters(Method method) {
        List<TypedParameter> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        add(found, field, field.getType());
                    }
                }
            } else {
                add(found, parameter, parameter.getType());
            }
        }
        return List.copyOf(found);
    }

    private static void add(List<TypedParameter> found, AnnotatedElement element, Class<?> type) {
        Kind kind = kindOf(type);
        if (kind == null) {
            return;
        }
        PathParam path = element.getAnnotation(PathParam.class);
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (path != null) {
            found.add(new TypedParameter(path.value(), true, kind));
        } else if (query != null) {
            found.add(new TypedParameter(query.value(), false, kind));
        }
    }

    private static Kind kindOf(Class<?> type) {
        if (type == UUID.class) {
            return Kind.UUID;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Kind.WHOLE_NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN;
        }
        return null;
    }
}
