package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text key that code names exists in the bundle it is looked up in: constraint messages ({@code {key}}) in
 * ValidationMessages.properties, keys in views ({@code #{msg['key']}}, {@code #{msg.key}}, and for
 * {@code msg['enum.Type.'.concat(x)]} a key for every constant of the enum) and keys Java code passes to
 * {@link Feedback} or {@link Texts} in messages.properties. A page or a constraint that names a missing key shows
 * {@code ???key???} or {@code {key}} to the user; this test fails first.
 */
class BundleKeysTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path WEB_JAVA = Path.of("src/main/java");
    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([^']*)'(\\s*\\.concat\\()?|msg\\.([A-Za-z_]\\w*)");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Feedback\\.(?:info|error|savedAndRedirecting)|Texts\\.get)\\(\\s*(?:\"([^\"]*)\"\\s*([,)+])|([^,)]*))");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    private static Properties messages;
    private static Properties validationMessages;
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        messages = properties("/org/liaison/web/messages.properties");
        validationMessages = properties("/ValidationMessages.properties");
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaison");
    }

    @Test
    void everyConstraintMessageKeyIsInValidationMessages() {
        Map<String, String> used = constraintKeys();
        assertTrue(used.size() > 20, "found too few constraint keys to be looking in the right place: " + used);
        Map<String, String> missing = new TreeMap<>(used);
        missing.keySet().removeIf(validationMessages::containsKey);
        assertEquals(Map.of(), missing, "constraint keys missing from ValidationMessages.properties (key=where)");
    }

    @Test
    void everyKeyAViewNamesIsInMessages() throws IOException {
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path view : views()) {
            String text = Files.readString(view, StandardCharsets.UTF_8);
            Matcher m = VIEW_KEY.matcher(text);
            while (m.find()) {
                found++;
                String where = WEBAPP.relativize(view) + ": ";
                if (m.group(3) != null) {
                    check(m.group(3), where, missing);
                } else if (m.group(2) != null) {
                    checkEnumPrefix(m.group(1), where, missing);
                } else {
                    check(m.group(1), where, missing);
                }
            }
            long lookups = Pattern.compile("msg\\[").matcher(text).results().count();
            long understood = Pattern.compile("msg\\['").matcher(text).results().count();
            assertEquals(lookups, understood, view + " looks up a key this test cannot read (msg[...] without a literal)");
        }
        assertTrue(found > 200, "found too few keys in views to be looking in the right place: " + found);
        assertEquals(Set.of(), missing, "keys views name that messages.properties lacks");
    }

    @Test
    void everyKeyJavaCodeShowsIsInMessages() throws IOException {
        Set<String> missing = new TreeSet<>();
        List<String> notLiteral = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(WEB_JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = JAVA_KEY.matcher(text);
                while (m.find()) {
                    if (file.endsWith("Feedback.java") || file.endsWith("Texts.java")) {
                        continue; // the helpers pass their parameter on
                    }
                    found++;
                    String where = WEB_JAVA.relativize(file) + ": ";
                    if (m.group(3) != null) {
                        notLiteral.add(where + m.group(3));
                    } else if ("+".equals(m.group(2))) {
                        checkEnumPrefix(m.group(1), where, missing);
                    } else {
                        check(m.group(1), where, missing);
                    }
                }
            }
        }
        assertTrue(found > 20, "found too few keys in Java code to be looking in the right place: " + found);
        assertEquals(Set.of(), missing, "keys Java code shows that messages.properties lacks");
        assertEquals(List.of(), notLiteral, "texts shown from Java must name their key literally");
    }

    /** MessageFormat eats a lone apostrophe in a text with arguments: such texts write ’ (or ''). */
    @Test
    void textsWithArgumentsKeepTheirApostrophes() {
        List<String> broken = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (ARGUMENT.matcher(text).find() && !key.startsWith("jakarta.faces.")
                    && text.replace("''", "").contains("'")) {
                broken.add(key);
            }
            if (ARGUMENT.matcher(text).find()) {
                new MessageFormat(text); // fails on a malformed pattern
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The test itself: a key that does not exist is reported. */
    @Test
    void aMissingKeyIsReported() {
        Set<String> missing = new TreeSet<>();
        check("no.such.key", "here: ", missing);
        checkEnumPrefix("enum.ClauseTag.", "here: ", missing);
        assertEquals(Set.of("here: no.such.key"), missing);
        assertFalse(messages.isEmpty());
    }

    private static void check(String key, String where, Set<String> missing) {
        if (!messages.containsKey(key)) {
            missing.add(where + key);
        }
    }

    /** {@code enum.AgencyType.} names every constant of the enum AgencyType in org.liaison. */
    private static void checkEnumPrefix(String prefix, String where, Set<String> missing) {
        Matcher m = Pattern.compile("enum\\.(\\w+)\\.").matcher(prefix);
        if (!m.matches()) {
            missing.add(where + prefix + "… (a computed key that is not an enum's)");
            return;
        }
        List<JavaClass> enums = classes.stream().filter(JavaClass::isEnum)
                .filter(c -> c.getSimpleName().equals(m.group(1))).toList();
        if (enums.size() != 1) {
            missing.add(where + prefix + "… (no single enum " + m.group(1) + " in org.liaison)");
            return;
        }
        enums.get(0).getEnumConstants().forEach(c -> check(prefix + c.name(), where, missing));
    }

    /** key → where, for every {key} message of a constraint annotation on a field, method, parameter or class. */
    private static Map<String, String> constraintKeys() {
        Map<String, String> keys = new TreeMap<>();
        for (JavaClass c : classes) {
            collect(c.getAnnotations(), c.getName(), keys);
            for (JavaField f : c.getFields()) {
                collect(f.getAnnotations(), f.getFullName(), keys);
            }
            for (JavaCodeUnit u : c.getCodeUnits()) {
                collect(u.getAnnotations(), u.getFullName(), keys);
                for (JavaParameter p : u.getParameters()) {
                    collect(p.getAnnotations(), u.getFullName(), keys);
                }
            }
        }
        return keys;
    }

    private static void collect(Collection<? extends JavaAnnotation<?>> annotations, String where,
            Map<String, String> keys) {
        for (JavaAnnotation<?> a : annotations) {
            a.get("message").map(String::valueOf).filter(s -> s.startsWith("{") && s.endsWith("}"))
                    .map(s -> s.substring(1, s.length() - 1))
                    .filter(k -> !k.startsWith("jakarta.validation.") && !k.startsWith("org.hibernate."))
                    .ifPresent(k -> keys.putIfAbsent(k, where));
            // Constraints repeated in a list (@Size.List) or nested in another annotation.
            a.get("value").filter(v -> v instanceof JavaAnnotation<?>[])
                    .ifPresent(v -> collect(List.of((JavaAnnotation<?>[]) v), where, keys));
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
    }

    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
