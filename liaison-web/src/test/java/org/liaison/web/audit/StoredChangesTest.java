package org.liaison.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredChangesTest {

    @Test
    void readsEachFieldWithItsValuesBeforeAndAfter() {
        assertEquals(List.of(new StoredChanges.Field("name", "Old \"PD\"", "New\nPD"),
                        new StoredChanges.Field("owner", null, "448")),
                StoredChanges.read("{\"name\":{\"before\":\"Old \\\"PD\\\"\",\"after\":\"New\\nPD\"},"
                        + "\"owner\":{\"before\":null,\"after\":\"448\"}}"));
    }

    @Test
    void anEventWithoutChangesHasNoFields() {
        assertEquals(List.of(), StoredChanges.read(null));
        assertEquals(List.of(), StoredChanges.read("{}"));
    }

    @Test
    void anOldEntryCutShortIsRecognisedNotRead() {
        assertNull(StoredChanges.read("{\"notes\":{\"before\":\"aaaa...\"}"));
        assertNull(StoredChanges.read("{\"notes\":{\"before\":\"aaaa"));
        assertNull(StoredChanges.read("{\"a\":{"));
        assertNull(StoredChanges.read("{\"a\":{\"colour\":\"red\"}}"));
    }
}
