package org.actiontracker.plan.events;

import org.actiontracker.events.EventData.FieldChange;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields of a resource a change altered, found by comparing its event snapshots before and
 * after, so no service has to list its fields by hand. Nested records are compared field by field
 * ({@code owner.email}); bookkeeping fields are left out.
 */
public final class FieldChanges {

    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt");

    private FieldChanges() {
    }

    public static List<FieldChange> between(Record before, Record after) {
        List<FieldChange> changes = new ArrayList<>();
        collect("", before, after, changes);
        return List.copyOf(changes);
    }

    public static boolean touches(List<FieldChange> changes, String field) {
        return changes.stream().anyMatch(change -> change.field().equals(field));
    }

    public static List<FieldChange> only(List<FieldChange> changes, String field) {
        return changes.stream().filter(change -> change.field().equals(field)).toList();
    }

    private static void collect(String prefix, Record before, Record after, List<FieldChange> changes) {
        Class<?> type = before != null ? before.getClass() : after.getClass();
        for (RecordComponent component : type.getRecordComponents()) {
            if (BOOKKEEPING.contains(component.getName())) {
                continue;
            }
            Object old = value(component, before);
            Object now = value(component, after);
            String field = prefix + component.getName();
            if ((old instanceof Record || now instanceof Record) && !Objects.equals(old, now)) {
                collect(field + ".", (Record) old, (Record) now, changes);
            } else if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, text(old), text(now)));
            }
        }
    }

    private static Object value(RecordComponent component, Record record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
