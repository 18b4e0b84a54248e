package org.actiontracker.deploy.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the fields deploy/k8s uses: {@code resources}
 * (files and directories holding a kustomization), {@code patches} (strategic merge, matched on kind and name),
 * {@code namespace}, {@code images} and {@code labels} (metadata only). Any other field fails the rendering, so that
 * an overlay using one is not checked against something kustomize would render differently.
 */
public final class Kustomize {

    private static final Set<String> SUPPORTED_FIELDS =
            Set.of("apiVersion", "kind", "resources", "patches", "namespace", "images", "labels");

    private Kustomize() {
    }

    public static List<Map<String, Object>> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + directory);
        }
        Map<String, Object> kustomization = Yaml.document(file);
        for (String field : kustomization.keySet()) {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new UnsupportedOperationException(file + ": field '" + field + "' is not rendered by this check");
            }
        }
        if (!"Kustomization".equals(kustomization.get("kind"))) {
            throw new IllegalArgumentException(file + ": kind must be Kustomization");
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : listOrEmpty(kustomization.get("resources"))) {
            Path resource = directory.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(render(resource));
            } else {
                resources.addAll(Yaml.documents(resource));
            }
        }
        for (Object entry : listOrEmpty(kustomization.get("patches"))) {
            Map<String, Object> patchEntry = Yaml.map(entry);
            if (!patchEntry.keySet().equals(Set.of("path"))) {
                throw new UnsupportedOperationException(file + ": only patches with a path are rendered, got " + patchEntry);
            }
            for (Map<String, Object> patch : Yaml.documents(directory.resolve((String) patchEntry.get("path")))) {
                applyPatch(resources, patch, file);
            }
        }
        Object namespace = kustomization.get("namespace");
        for (Map<String, Object> resource : resources) {
            if (namespace != null) {
                metadata(resource).put("namespace", namespace);
            }
            for (Object image : listOrEmpty(kustomization.get("images"))) {
                replaceImage(resource, Yaml.map(image));
            }
            for (Object labels : listOrEmpty(kustomization.get("labels"))) {
                addLabels(resource, Yaml.map(labels), file);
            }
        }
        return resources;
    }

    private static void applyPatch(List<Map<String, Object>> resources, Map<String, Object> patch, Path file) {
        Object kind = patch.get("kind");
        Object name = metadataOf(patch).get("name");
        for (int i = 0; i < resources.size(); i++) {
            Map<String, Object> resource = resources.get(i);
            if (Objects.equals(resource.get("kind"), kind) && Objects.equals(metadataOf(resource).get("name"), name)) {
                resources.set(i, StrategicMerge.apply(resource, patch));
                return;
            }
        }
        throw new IllegalArgumentException(file + ": patch for " + kind + " " + name + " matches no resource");
    }

    private static void replaceImage(Map<String, Object> resource, Map<String, Object> image) {
        for (Map<String, Object> container : containers(resource)) {
            String current = (String) container.get("image");
            int tagAt = current.lastIndexOf(':');
            String name = tagAt > current.lastIndexOf('/') ? current.substring(0, tagAt) : current;
            String tag = tagAt > current.lastIndexOf('/') ? current.substring(tagAt + 1) : null;
            if (name.equals(image.get("name"))) {
                String newName = (String) image.getOrDefault("newName", name);
                String newTag = (String) image.getOrDefault("newTag", tag);
                container.put("image", newTag == null ? newName : newName + ":" + newTag);
            }
        }
    }

    private static void addLabels(Map<String, Object> resource, Map<String, Object> labels, Path file) {
        if (Boolean.TRUE.equals(labels.get("includeSelectors")) || Boolean.TRUE.equals(labels.get("includeTemplates"))) {
            throw new UnsupportedOperationException(file + ": labels are rendered on metadata only");
        }
        Map<String, Object> metadata = metadata(resource);
        Map<String, Object> current = new LinkedHashMap<>(Yaml.map(metadata.getOrDefault("labels", Map.of())));
        current.putAll(Yaml.map(labels.get("pairs")));
        metadata.put("labels", current);
    }

    /** The containers of a workload's pod template, as mutable maps; none for other kinds. */
    static List<Map<String, Object>> containers(Map<String, Object> resource) {
        Object spec = resource.get("spec");
        if (!(spec instanceof Map<?, ?>) || !(Yaml.map(spec).get("template") instanceof Map<?, ?> template)) {
            return List.of();
        }
        Object podSpec = Yaml.map(template).get("spec");
        List<Map<String, Object>> result = new ArrayList<>();
        for (String field : List.of("initContainers", "containers")) {
            List<Object> items = listOrEmpty(Yaml.map(podSpec).get(field));
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> copy = new LinkedHashMap<>(Yaml.map(items.get(i)));
                items.set(i, copy);
                result.add(copy);
            }
        }
        return result;
    }

    private static Map<String, Object> metadata(Map<String, Object> resource) {
        Map<String, Object> metadata = new LinkedHashMap<>(metadataOf(resource));
        resource.put("metadata", metadata);
        return metadata;
    }

    private static Map<String, Object> metadataOf(Map<String, Object> resource) {
        return Yaml.map(resource.getOrDefault("metadata", Map.of()));
    }

    private static List<Object> listOrEmpty(Object value) {
        return value == null ? new ArrayList<>() : Yaml.list(value);
    }
}
