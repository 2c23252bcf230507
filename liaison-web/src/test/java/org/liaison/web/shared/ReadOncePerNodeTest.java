package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A page's record: read once on a node, never written into the session, read again on the next node. */
class ReadOncePerNodeTest {

    private final AtomicInteger reads = new AtomicInteger();

    private StringBuilder readRecord() {
        reads.incrementAndGet();
        return new StringBuilder("meeting " + reads.get());
    }

    @Test
    void aRecordIsReadOnceOnANodeAndAKeptOneIsNotReadAgain() {
        ReadOncePerNode<StringBuilder> shown = new ReadOncePerNode<>();
        StringBuilder first = shown.get(this::readRecord);
        assertSame(first, shown.get(this::readRecord));
        assertEquals(1, reads.get());

        StringBuilder changed = new StringBuilder("meeting after a change");
        shown.keep(changed);
        assertSame(changed, shown.get(this::readRecord));
        assertEquals(1, reads.get());
    }

    @Test
    void theSessionCarriesNoRecordAndTheNextNodeReadsItAgain() throws Exception {
        ReadOncePerNode<StringBuilder> shown = new ReadOncePerNode<>();
        shown.keep(new StringBuilder("x".repeat(10_000)));

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(written)) {
            out.writeObject(shown);
        }
        assertTrue(written.size() < 200, written.size() + " bytes: the record travelled");
        @SuppressWarnings("unchecked")
        ReadOncePerNode<StringBuilder> readBack = (ReadOncePerNode<StringBuilder>) new ObjectInputStream(
                new ByteArrayInputStream(written.toByteArray())).readObject();

        assertEquals("meeting 1", readBack.get(this::readRecord).toString());
        assertEquals("meeting 1", readBack.get(this::readRecord).toString());
        assertEquals(1, reads.get());
    }
}
