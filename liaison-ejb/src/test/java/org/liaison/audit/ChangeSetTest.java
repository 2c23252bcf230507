package org.liaison.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    @Test
    void aShortChangeIsStoredWhole() {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("name", new Object[] {"Old", "New \"PD\""});
        assertEquals("{\"name\":{\"before\":\"Old\",\"after\":\"New \\\"PD\\\"\"}}", AuditTrail.ChangeSet.toJson(changes));
    }

    @Test
    void aLongChangeIsShortenedValueByValueAndStaysOneWholeDocument() {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("notes", new Object[] {"a".repeat(20_000), "b".repeat(20_000)});
        changes.put("rank", new Object[] {"Sergeant", "Lieutenant"});
        String json = AuditTrail.ChangeSet.toJson(changes);
        assertTrue(json.length() <= 8000, "length " + json.length());
        assertTrue(json.startsWith("{\"notes\":{\"before\":\"aaa"), json.substring(0, 40));
        assertTrue(json.contains("…\",\"after\":\"bbb"), "the cut is marked inside the value");
        assertTrue(json.endsWith("\"rank\":{\"before\":\"Sergeant\",\"after\":\"Lieutenant\"}}"),
                json.substring(json.length() - 80));
    }

    @Test
    void aChangeThatEscapingLengthensStillFitsItsColumn() {
        // a 4,000-character text of short quoted lines: each line break and quote is written as two characters
        String before = "\"Gate\"\r\n".repeat(500);
        String after = "\"Door\"\r\n".repeat(500);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("overview", new Object[] {before, after});
        String json = AuditTrail.ChangeSet.toJson(changes);
        assertTrue(json.length() <= 8000, "length " + json.length());
        assertTrue(json.startsWith("{\"overview\":{\"before\":\"\\\"Gate"), json.substring(0, 40));
        assertTrue(json.endsWith("…\"}}"), json.substring(json.length() - 20));
    }
}
