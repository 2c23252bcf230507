package org.liaison.web.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the changes the audit trail stores: {@code {"field":{"before":"…","after":"…"},…}} with string or null values.
 * A small reader of exactly that shape, one pass with bounds checked at every step, so an old entry cut short
 * (before entries were shortened by value) is recognised as such and shown as stored instead of hanging a parser.
 */
final class StoredChanges {

    /** One changed field: its name and the values before and after (null when absent). */
    record Field(String name, String before, String after) {
    }

    private final String text;
    private int at;

    private StoredChanges(String text) {
        this.text = text;
    }

    /** The fields in stored order, or null when the text is not of that shape. */
    static List<Field> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return new StoredChanges(text.trim()).fields();
        } catch (IllegalArgumentException | IndexOutOfBoundsException notThatShape) {
            return null;
        }
    }

    private List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        expect('{');
        if (peek() == '}') {
            at++;
            return end(fields);
        }
        do {
            String name = string();
            expect(':');
            expect('{');
            String before = null;
            String after = null;
            do {
                String key = string();
                expect(':');
                String value = peek() == 'n' ? literalNull() : string();
                if ("before".equals(key)) {
                    before = value;
                } else if ("after".equals(key)) {
                    after = value;
                } else {
                    throw new IllegalArgumentException(key);
                }
            } while (comma());
            expect('}');
            fields.add(new Field(name, before, after));
        } while (comma());
        expect('}');
        return end(fields);
    }

    private List<Field> end(List<Field> fields) {
        if (at != text.length()) {
            throw new IllegalArgumentException("trailing text");
        }
        return fields;
    }

    private boolean comma() {
        if (peek() == ',') {
            at++;
            return true;
        }
        return false;
    }

    private String literalNull() {
        if (!text.startsWith("null", at)) {
            throw new IllegalArgumentException("null expected");
        }
        at += 4;
        return null;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw new IllegalArgumentException(c + " expected at " + at);
        }
        at++;
    }
}
