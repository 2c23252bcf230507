package org.liaison.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the API into its input record, and is the only thing that does: the body is read
 * to at most {@link #MAX_BYTES} (413 beyond), its shape checked in one pass ({@link JsonShape}, 400 when truncated,
 * malformed or too deep), and only then parsed and bound field by field. Binding is strict and names the field: a
 * whole number for an id (not 1.5 or "7"), true or false for a flag (not "maybe" or 0), no null inside an id list.
 * Unknown fields are ignored, as clients of an evolving API expect.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Record> {

    /** Far above any payload of the API (the largest is an agreement with its summary). */
    static final int MAX_BYTES = 256 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new WebApplicationException(Problem.response(413, "Payload too large",
                    "The body is larger than " + MAX_BYTES / 1024 + " KB; nothing was read."));
        }
        if (isBlank(body)) {
            return null;
        }
        String problem = JsonShape.problemOf(body);
        if (problem != null) {
            throw invalid(Map.of("body", problem));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (RuntimeException invalidEncoding) {
            throw invalid(Map.of("body", "The body is not valid UTF-8 JSON."));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(Map.of("body", "The body must be a JSON object."));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Record bound = bind(type, value.asJsonObject(), "", errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return bound;
    }

    /** Thrown as a ready answer: Jersey hands a reader's own exceptions on only when they are web exceptions. */
    private static WebApplicationException invalid(Map<String, String> errors) {
        return new WebApplicationException(Problem.invalid(errors));
    }

    private static <R> R bind(Class<R> type, JsonObject json, String prefix, Map<String, String> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String field = prefix + component.getName();
            values[i] = convert(json.get(component.getName()), component.getType(), component.getGenericType(),
                    field, errors);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException rule) {
                throw rule;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(JsonValue value, Class<?> type, Type genericType, String field,
            Map<String, String> errors) {
        boolean absent = value == null || value.getValueType() == JsonValue.ValueType.NULL;
        if (absent) {
            return type.isPrimitive() ? primitiveDefault(type) : null;
        }
        if (type == String.class) {
            if (value instanceof JsonString text) {
                return text.getString();
            }
            return refuse(errors, field, "Must be text (in double quotes).");
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return wholeNumber(value, type == Long.class || type == long.class, field, errors);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            return refuse(errors, field, "Must be true or false.");
        }
        if (List.class.isAssignableFrom(type)) {
            return list(value, genericType, field, errors);
        }
        if (type.isRecord()) {
            if (value instanceof JsonObject object) {
                return bind(type, object, field + ".", errors);
            }
            return refuse(errors, field, "Must be a JSON object.");
        }
        throw new IllegalStateException("No JSON binding for " + type.getName() + " (" + field + ")");
    }

    private static Object wholeNumber(JsonValue value, boolean asLong, String field, Map<String, String> errors) {
        if (value instanceof JsonNumber number) {
            BigDecimal decimal = number.bigDecimalValue();
            try {
                long whole = decimal.longValueExact();
                if (asLong) {
                    return whole;
                }
                if (whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE) {
                    return (int) whole;
                }
            } catch (ArithmeticException notWhole) {
                // answered below
            }
        }
        return refuse(errors, field, "Must be a whole number.");
    }

    private static Object list(JsonValue value, Type genericType, String field, Map<String, String> errors) {
        if (!(value instanceof JsonArray array)) {
            return refuse(errors, field, "Must be a JSON array.");
        }
        Type element = genericType instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
        Class<?> elementType = element instanceof Class<?> c ? c : String.class;
        List<Object> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                refuse(errors, field, "Must not contain null entries.");
                continue;
            }
            items.add(convert(item, elementType, element, field, errors));
        }
        return List.copyOf(items.stream().filter(java.util.Objects::nonNull).toList());
    }

    private static Object refuse(Map<String, String> errors, String field, String message) {
        errors.putIfAbsent(field, message);
        return null;
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        return type == long.class ? 0L : 0;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
