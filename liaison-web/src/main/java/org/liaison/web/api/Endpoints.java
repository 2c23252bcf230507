package org.liaison.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which roles may use each resource method, by path and HTTP method, recorded as {@link RoleCheck} configures them at
 * start-up. JAX-RS refuses a body of the wrong media type (415) while it is still choosing the method, before any
 * filter of that method runs: this lets that refusal tell first whether the caller's role may use the address at all
 * (403), as every other answer does.
 */
final class Endpoints {

    /** A resource method: its path as a regular expression, its HTTP method and its roles (null: anyone). */
    record Endpoint(Pattern path, String httpMethod, Set<String> roles) {
    }

    private static final List<Endpoint> ALL = new CopyOnWriteArrayList<>();
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private Endpoints() {
    }

    static void record(Class<?> resourceClass, Method method, List<String> roles, boolean permitAll) {
        String httpMethod = httpMethod(method);
        if (httpMethod == null) {
            return; // a sub-resource locator
        }
        String path = join(template(resourceClass.getAnnotation(Path.class)), template(method.getAnnotation(Path.class)));
        ALL.add(new Endpoint(regex(path), httpMethod, permitAll ? null : Set.copyOf(roles)));
    }

    /**
     * Whether the caller may use some method at this path with this HTTP method; also true when no method is known
     * there (the refusal then stands as it is).
     */
    static boolean mayUse(String path, String httpMethod, Predicate<String> hasRole) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        boolean known = false;
        for (Endpoint e : ALL) {
            if (e.httpMethod().equalsIgnoreCase(httpMethod) && e.path().matcher(relative).matches()) {
                known = true;
                if (e.roles() == null || e.roles().stream().anyMatch(hasRole)) {
                    return true;
                }
            }
        }
        return !known;
    }

    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex + "/?");
    }

    private static String template(Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value();
        while (value.startsWith("/")) {
            value = value.substring(1);
        }
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }

    private static String join(String classPath, String methodPath) {
        return classPath.isEmpty() ? methodPath : methodPath.isEmpty() ? classPath : classPath + "/" + methodPath;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
