package org.actiontracker.deploy.manifests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads YAML files, one or several documents each, as plain maps. */
public final class Yaml {

    private static final YAMLMapper MAPPER = new YAMLMapper();
    private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() { };

    private Yaml() {
    }

    public static List<Map<String, Object>> documents(Path file) {
        try (MappingIterator<Map<String, Object>> documents = MAPPER.readerFor(DOCUMENT).readValues(file.toFile())) {
            List<Map<String, Object>> result = new ArrayList<>();
            while (documents.hasNext()) {
                Map<String, Object> document = documents.next();
                if (document != null && !document.isEmpty()) {
                    result.add(document);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Map<String, Object> document(Path file) {
        List<Map<String, Object>> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " must hold exactly one YAML document, has " + documents.size());
        }
        return documents.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
