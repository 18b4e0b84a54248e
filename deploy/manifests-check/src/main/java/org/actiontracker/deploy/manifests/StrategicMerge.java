package org.actiontracker.deploy.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of Kubernetes' strategic merge patch that the overlays use: maps merge key by key, a null value removes
 * the key, lists of named items (containers, env, ports, volumes) merge item by item on {@code name}, and any other
 * list is replaced. Directives ({@code $patch}, {@code $retainKeys}...) are refused rather than misapplied.
 */
public final class StrategicMerge {

    private StrategicMerge() {
    }

    public static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        Map<String, Object> result = new LinkedHashMap<>(target);
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            String key = entry.getKey();
            Object patchValue = entry.getValue();
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException("strategic merge directive " + key + " is not supported");
            }
            Object targetValue = result.get(key);
            if (patchValue == null) {
                result.remove(key);
            } else if (patchValue instanceof Map<?, ?> && targetValue instanceof Map<?, ?>) {
                result.put(key, apply(Yaml.map(targetValue), Yaml.map(patchValue)));
            } else if (patchValue instanceof List<?> && targetValue instanceof List<?>
                    && isNamedList(Yaml.list(patchValue)) && isNamedList(Yaml.list(targetValue))) {
                result.put(key, mergeByName(Yaml.list(targetValue), Yaml.list(patchValue)));
            } else {
                result.put(key, patchValue);
            }
        }
        return result;
    }

    private static boolean isNamedList(List<Object> items) {
        return !items.isEmpty() && items.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }

    private static List<Object> mergeByName(List<Object> target, List<Object> patch) {
        List<Object> result = new ArrayList<>(target);
        for (Object patchItem : patch) {
            Object name = Yaml.map(patchItem).get("name");
            int index = indexOfName(result, name);
            if (index < 0) {
                result.add(patchItem);
            } else {
                result.set(index, apply(Yaml.map(result.get(index)), Yaml.map(patchItem)));
            }
        }
        return result;
    }

    private static int indexOfName(List<Object> items, Object name) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(Yaml.map(items.get(i)).get("name"), name)) {
                return i;
            }
        }
        return -1;
    }
}
