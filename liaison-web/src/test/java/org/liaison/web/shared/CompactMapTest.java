package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The view-scope bookkeeping as the session carries it: the same entries, in far fewer objects. */
class CompactMapTest {

    /** Five pages kept, each with one view-scoped bean, as Faces records them (page id → bean id → bean name). */
    private static Map<String, Object> fivePages(Map<String, Object> outer) {
        for (int page = 1; page <= 5; page++) {
            Map<String, String> beans = new ConcurrentHashMap<>();
            beans.put("bean-" + page, "boardBacking");
            outer.put("page-" + page, beans);
        }
        return outer;
    }

    @Test
    void aConcurrentMapPutIntoItIsKeptAsACompactMapWithTheSameEntries() {
        Map<String, Object> contexts = fivePages(new CompactMap<>());

        Object page = contexts.get("page-3");
        assertInstanceOf(CompactMap.class, page);
        assertEquals(Map.of("bean-3", "boardBacking"), page);
    }

    @Test
    void itComesBackFromTheSessionAsTheSameMapsWithTheirEntries() throws Exception {
        Map<String, Object> contexts = fivePages(new CompactMap<>());

        Object back = read(write(contexts, new Counting()));

        assertInstanceOf(CompactMap.class, back);
        assertEquals(contexts, back);
        ((Map<?, ?>) back).values().forEach(page -> assertInstanceOf(CompactMap.class, page));
    }

    @Test
    void itTravelsInAFractionOfTheObjectsOfTheMapsFacesWouldHaveCreated() throws Exception {
        Counting compact = new Counting();
        write(fivePages(new CompactMap<>()), compact);
        Counting plain = new Counting();
        write(fivePages(new ConcurrentHashMap<>()), plain);

        assertTrue(compact.objects * 5 < plain.objects, compact.objects + " objects against " + plain.objects);
    }

    private static byte[] write(Object value, Counting counting) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CountingStream out = new CountingStream(bytes, counting)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static final class Counting {
        int objects;
    }

    /** Counts every object written, as Payara's session stream visits each one. */
    private static final class CountingStream extends ObjectOutputStream {

        private final Counting counting;

        CountingStream(OutputStream out, Counting counting) throws IOException {
            super(out);
            this.counting = counting;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            counting.objects++;
            return object;
        }
    }
}
