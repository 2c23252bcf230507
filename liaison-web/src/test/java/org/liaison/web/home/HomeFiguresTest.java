package org.liaison.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HomeFiguresTest {

    private Instant clock = Instant.parse("2026-11-27T14:02:10Z");

    private long writes;

    private final HomeFigures figures = new HomeFigures() {
        private static final long serialVersionUID = 1L;

        @Override
        Instant now() {
            return clock;
        }

        @Override
        long changesSoFar() {
            return writes;
        }
    };

    private final AtomicInteger counted = new AtomicInteger();

    private Integer count() {
        return counted.incrementAndGet();
    }

    @Test
    void aFigureIsCountedOnceAMinuteUntilForgotten() {
        assertNull(figures.getCountedAt(), "nothing counted yet");
        assertEquals(1, figures.get("agencies", this::count));
        clock = clock.plusSeconds(59);
        assertEquals(1, figures.get("agencies", this::count), "kept within the minute");
        assertNotNull(figures.getCountedAt());

        clock = clock.plusSeconds(2);
        assertEquals(2, figures.get("agencies", this::count), "counted again after it");

        figures.forget();
        assertEquals(3, figures.get("agencies", this::count), "counted again once forgotten");
        assertEquals(10, figures.get("other", () -> 10), "each figure under its own name");
    }

    @Test
    void aFigureIsCountedAgainAfterAnyWrite() {
        assertEquals(1, figures.get("agencies", this::count));
        assertEquals(1, figures.get("agencies", this::count), "nothing written");
        writes++;
        assertEquals(2, figures.get("agencies", this::count), "an entity was written");
        assertEquals(2, figures.get("agencies", this::count));
    }

    @Test
    void theFiguresStayOutOfTheReplicatedSession() throws IOException, ClassNotFoundException {
        HomeFigures plain = new HomeFigures();
        plain.get("agencies", () -> "a large figure".repeat(1000));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plain);
        }
        assertTrue(bytes.size() < 200, bytes.size() + " bytes");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            HomeFigures back = (HomeFigures) in.readObject();
            assertNull(back.getCountedAt(), "counted again after a fail-over");
            assertEquals(7, back.get("agencies", () -> 7));
        }
    }
}
