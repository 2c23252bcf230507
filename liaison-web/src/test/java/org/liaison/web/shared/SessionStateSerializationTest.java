package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.Page;

/**
 * What pages keep between requests lives in the session, which a cluster serializes after every request: each
 * view- and session-scoped bean, and the lazy table model with a page of rows in it, must serialize. (The page
 * crawl checks the real session on a real server; this finds the culprit without one.)
 */
class SessionStateSerializationTest {

    @Test
    void everyViewAndSessionScopedBeanSerializes() throws Exception {
        List<JavaClass> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaison.web").stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)).toList();
        assertTrue(beans.size() >= 10, "too few view-scoped beans found: " + beans);
        List<String> failures = new ArrayList<>();
        for (JavaClass bean : beans) {
            Class<?> type = bean.reflect();
            if (!Serializable.class.isAssignableFrom(type)) {
                failures.add(type.getName() + " is not Serializable");
                continue;
            }
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            try {
                roundTrip(constructor.newInstance());
            } catch (NotSerializableException e) {
                failures.add(type.getName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The facilities offered in a filter or a form are the same on every request, and a session keeps up to five
     * views of each page: at 10x data, five board views carried 400 facilities, 47 KB of a 65 KB session. A bean
     * reads them again when the session has travelled (they are transient) instead of carrying them.
     */
    @Test
    void noPageCarriesItsFacilityChoicesInTheSession() {
        List<String> carried = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaison.web").stream().filter(c -> c.isAnnotatedWith(ViewScoped.class))
                .flatMap(c -> c.getFields().stream())
                .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.TRANSIENT))
                .filter(f -> f.getRawType().isAssignableTo(java.util.Collection.class))
                .filter(f -> f.reflect().getGenericType().getTypeName().contains(Facility.class.getName()))
                .map(f -> f.getOwner().getSimpleName() + "." + f.getName()).sorted().toList();
        assertEquals(List.of(), carried);
    }

    /** A board page is cut from a longer list; the model that holds it must still serialize. */
    @Test
    void aTableModelHoldingAPageCutFromALongerListSerializes() throws Exception {
        List<String> all = new ArrayList<>(IntStream.range(0, 60).mapToObj(i -> "row " + i).toList());
        PagedModel<String> model = new PagedModel<>(request -> new Page<>(all.subList(request.offset(),
                request.offset() + request.limit()), all.size()), row -> row);
        List<String> shown = model.load(25, 25, Map.of(), Map.of());
        assertEquals("row 25", shown.get(0));
        model.setWrappedData(shown); // as the data table does with what it loaded

        PagedModel<?> copy = (PagedModel<?>) roundTrip(model);
        assertEquals(60, copy.getRowCount());
        assertEquals(25, copy.getWrappedData().size());
    }

    static final AtomicInteger FETCHES = new AtomicInteger();

    /**
     * Rows are entities with their associations; serialized with every request they made most of a list page's cost.
     * The model travels with the page it showed, and fetches that page again only when a row is asked for.
     */
    @Test
    void aTableModelTravelsWithoutItsRowsAndFetchesThemAgainWhenARowIsNeeded() throws Exception {
        PagedModel<String> model = new PagedModel<>(request -> {
            FETCHES.incrementAndGet();
            return new Page<>(IntStream.range(request.offset(), request.offset() + request.limit())
                    .mapToObj(i -> "row " + i).toList(), 60);
        }, row -> row);
        model.setWrappedData(model.load(25, 25, Map.of(), Map.of()));
        FETCHES.set(0);

        byte[] bytes = serialize(model);
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("row 25"), "the rows were serialized");

        @SuppressWarnings("unchecked")
        PagedModel<String> copy = (PagedModel<String>) deserialize(bytes);
        copy.setRowIndex(-1); // tables reset the row index often; that alone fetches nothing
        assertEquals(0, FETCHES.get());
        copy.setRowIndex(3);
        assertEquals("row 28", copy.getRowData());
        assertEquals("row 40", copy.getRowData("row 40"));
        assertEquals(60, copy.getRowCount());
        assertEquals(1, FETCHES.get());
    }

    /** A model that never showed a page has nothing to fetch again. */
    @Test
    void aTableModelThatShowedNothingFetchesNothing() throws Exception {
        PagedModel<String> model = new PagedModel<>(request -> {
            throw new AssertionError("fetched");
        }, row -> row);
        PagedModel<?> copy = (PagedModel<?>) roundTrip(model);
        copy.setRowIndex(0);
        assertNull(copy.getWrappedData());
    }

    private static Object roundTrip(Object object) throws IOException, ClassNotFoundException {
        return deserialize(serialize(object));
    }

    private static byte[] serialize(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
