package org.liaison.web.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Whole-number path and query parameters (ids, offsets, limits): "abc" or an overflowing id answers 400 naming the
 * parameter. Left to Jersey, a path or query parameter that does not convert answers 404, which tells the caller
 * nothing about what was wrong.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean isLong = rawType == Long.class || rawType == long.class;
        boolean isInt = rawType == Integer.class || rawType == int.class;
        if (!isLong && !isInt) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (!rawType.isPrimitive()) {
                        return null;
                    }
                    return isLong ? (Object) 0L : (Object) 0;
                }
                try {
                    // not a conditional expression: it would widen the Integer to a Long
                    if (isLong) {
                        return Long.valueOf(value.trim());
                    }
                    return Integer.valueOf(value.trim());
                } catch (NumberFormatException e) {
                    throw new WebApplicationException(Problem.invalid(Map.of(name, "Must be a whole number"
                            + (isLong ? "." : " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + "."))));
                }
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "parameter";
    }
}
