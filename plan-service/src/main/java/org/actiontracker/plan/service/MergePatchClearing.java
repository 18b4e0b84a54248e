package org.actiontracker.plan.service;

import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The fields of one kind of resource a JSON Merge Patch may remove with {@code null}, and how. A field that must
 * always have a value (a title, a description, a state) is refused with a 400 naming it, every such field at once.
 */
public final class MergePatchClearing<E> {

    private static final String REASON = "cannot be removed: send a value instead of null";

    private final Map<String, Consumer<E>> clearers;

    private MergePatchClearing(Map<String, Consumer<E>> clearers) {
        this.clearers = Map.copyOf(clearers);
    }

    public static <E> MergePatchClearing<E> of(Map<String, Consumer<E>> clearers) {
        return new MergePatchClearing<>(clearers);
    }

    /** Refuses the whole request, before any field is removed, if it clears a field that cannot be. */
    public void apply(Set<String> cleared, E resource) {
        List<FieldError> refused = cleared.stream().filter(field -> !clearers.containsKey(field)).sorted()
                .map(field -> new FieldError(field, REASON)).toList();
        if (!refused.isEmpty()) {
            throw new ApiException(400, "Invalid request", refused.get(0).field() + ": " + REASON, refused);
        }
        cleared.forEach(field -> clearers.get(field).accept(resource));
    }
}
