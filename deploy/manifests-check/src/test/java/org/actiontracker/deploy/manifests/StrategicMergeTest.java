package org.actiontracker.deploy.manifests;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategicMergeTest {

    @Test
    void namedListItemsMergeByNameAndNewOnesAreAppended() {
        Map<String, Object> target = Map.of("env", List.of(
                Map.of("name", "A", "value", "1"), Map.of("name", "B", "value", "2")));
        Map<String, Object> patch = Map.of("env", List.of(
                Map.of("name", "B", "value", "patched"), Map.of("name", "C", "value", "3")));

        assertThat(StrategicMerge.apply(target, patch).get("env")).isEqualTo(List.of(
                Map.of("name", "A", "value", "1"), Map.of("name", "B", "value", "patched"),
                Map.of("name", "C", "value", "3")));
    }

    @Test
    void mapsMergeKeyByKeyAndANullValueRemovesTheKey() {
        Map<String, Object> target = Map.of("data", Map.of("KEEP", "k", "CHANGE", "old", "DROP", "d"));
        java.util.HashMap<String, Object> data = new java.util.HashMap<>();
        data.put("CHANGE", "new");
        data.put("DROP", null);

        assertThat(StrategicMerge.apply(target, Map.of("data", data)).get("data"))
                .isEqualTo(Map.of("KEEP", "k", "CHANGE", "new"));
    }

    @Test
    void listsWithoutNamesAreReplaced() {
        Map<String, Object> target = Map.of("hosts", List.of("a", "b"));

        assertThat(StrategicMerge.apply(target, Map.of("hosts", List.of("c"))).get("hosts")).isEqualTo(List.of("c"));
    }

    @Test
    void directivesAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> StrategicMerge.apply(Map.of(), Map.of("$patch", "delete")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
