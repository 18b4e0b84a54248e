package org.actiontracker.infra;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * For round-trip tests of hand-written SQL: an object of any record or field class with every
 * field set to a value no other field has and no field has by default, and the flat view of an
 * object's fields ({@code owner.email}, {@code documents[0].url}) to compare what came back.
 * A field added to the class later is then filled and compared without the test naming it.
 */
public final class DistinctValues {

    private static final LocalDate FIRST_DAY = LocalDate.of(2031, 1, 1);
    private static final Instant FIRST_INSTANT = Instant.parse("2031-01-01T00:00:00Z");

    private int next = 1;

    /** A new instance with every field (declared or inherited) filled, nested objects included. */
    public <T> T of(Class<T> type) {
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    values[i] = value(components[i].getGenericType());
                }
                var constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            }
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            for (Field field : fieldsOf(type)) {
                field.set(instance, value(field.getGenericType()));
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot fill a " + type.getName(), e);
        }
    }

    /**
     * Every field by its path, nested objects and list elements flattened, values of JDK types
     * and enums as they are.
     */
    public static Map<String, Object> flatten(Object object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        flatten("", object, fields);
        return fields;
    }

    private static void flatten(String path, Object value, Map<String, Object> into) {
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                flatten(path + "[" + index++ + "]", item, into);
            }
            if (index == 0) {
                into.put(path, List.of());
            }
            return;
        }
        if (value == null || isLeaf(value.getClass())) {
            into.put(path, value);
            return;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        try {
            if (value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    flatten(prefix + component.getName(), accessor.invoke(value), into);
                }
            } else {
                for (Field field : fieldsOf(value.getClass())) {
                    flatten(prefix + field.getName(), field.get(value), into);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot read a " + value.getClass().getName(), e);
        }
    }

    private Object value(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Object element = value(generic.getActualTypeArguments()[0]);
            if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
                return new ArrayList<>(List.of(element));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(element);
            }
            throw new IllegalArgumentException("No distinct value for " + type);
        }
        Class<?> raw = (Class<?>) type;
        int n = next++;
        if (raw == String.class) {
            return "value-" + n;
        }
        if (raw == UUID.class) {
            return new UUID(0x5eedL, n);
        }
        if (raw == int.class || raw == Integer.class) {
            return n;
        }
        if (raw == long.class || raw == Long.class) {
            return (long) n;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == LocalDate.class) {
            return FIRST_DAY.plusDays(n);
        }
        if (raw == Instant.class) {
            return FIRST_INSTANT.plusSeconds(n);
        }
        if (raw == OffsetDateTime.class) {
            return FIRST_INSTANT.plusSeconds(n).atOffset(ZoneOffset.UTC);
        }
        if (raw.isEnum()) {
            // The last constant: the first is often a field's default, which could not tell "not read" apart.
            Object[] constants = raw.getEnumConstants();
            return constants[constants.length - 1];
        }
        return of(raw);
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                        && !field.getName().startsWith("$$")) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static boolean isLeaf(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type.getName().startsWith("java.");
    }
}
