package org.actiontracker.support.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * Names the field and the reason for the body failures the strict reading adds (bad encoding,
 * unstorable text, a duplicated key, content after the value, a scalar of the wrong type), so that
 * the problem mappers can say which field was refused and why.
 */
public final class JsonFailures {

    private JsonFailures() {
    }

    /** The refused field (a dotted path, "body" for the whole) and why. */
    public record Refusal(String field, String reason) {
    }

    /** Null when the failure is not one of the strict-reading refusals. */
    public static Refusal describe(JsonProcessingException failure) {
        String message = String.valueOf(failure.getOriginalMessage());
        if (failure instanceof StrictUtf8InputDecorator.InvalidEncodingException) {
            return new Refusal("body", "is not valid UTF-8: " + message.substring("invalid UTF-8 ".length()));
        }
        if (failure instanceof StorableTextDeserializer.UnstorableTextException unstorable) {
            return new Refusal(pathOf(unstorable), message);
        }
        if (failure instanceof JsonParseException && message.startsWith("Duplicate field")) {
            return new Refusal(pathOf(failure), "appears more than once in the same object");
        }
        if (failure instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return new Refusal("body", "has content after the JSON value; send exactly one JSON value");
        }
        if (failure instanceof MismatchedInputException mismatch && message.startsWith("Cannot coerce")) {
            return new Refusal(pathOf(mismatch), "has the wrong JSON type; expected " + jsonTypeOf(mismatch));
        }
        return null;
    }

    private static String jsonTypeOf(MismatchedInputException mismatch) {
        Class<?> target = mismatch.getTargetType();
        if (target == null) {
            return "another type";
        }
        return switch (target.getSimpleName()) {
            case "String" -> "a string";
            case "LocalDate" -> "a date string (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a timestamp string (ISO 8601)";
            case "Boolean", "boolean" -> "true or false";
            default -> "a " + target.getSimpleName();
        };
    }

    private static String pathOf(JsonMappingException failure) {
        String path = failure.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    /** From the parser's position: the duplicated key is the current name when Jackson refuses it. */
    private static String pathOf(JsonProcessingException failure) {
        if (!(failure.getProcessor() instanceof JsonParser parser)) {
            return "body";
        }
        Deque<String> names = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inArray()) {
                names.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                names.push(context.getCurrentName());
            }
        }
        String path = String.join(".", names).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }
}
