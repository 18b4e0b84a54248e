package org.actiontracker.plan.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores a list of small values as JSON text. The reactive driver binds only JSON objects to
 * jsonb, so these columns are text; nothing queries inside them.
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final TypeReference<List<T>> type;

    protected JsonListConverter(TypeReference<List<T>> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store list as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        try {
            // Most lists are empty; lists of actions read thousands of them.
            return json == null || json.equals("[]") ? new ArrayList<>() : new ArrayList<>(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON list is unreadable", e);
        }
    }

    @Converter
    public static class Strings extends JsonListConverter<String> {
        public Strings() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class SubPoints extends JsonListConverter<SubPoint> {
        public SubPoints() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Documents extends JsonListConverter<SupportingDocument> {
        public Documents() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class Changes extends JsonListConverter<AuditEntry.Change> {
        public Changes() {
            super(new TypeReference<>() {
            });
        }
    }
}
