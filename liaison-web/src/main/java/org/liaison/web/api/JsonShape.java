package org.liaison.web.api;

/**
 * Checks that a request body is one complete, well-formed JSON value no deeper than {@link #MAX_DEPTH} before any
 * JSON library sees it. Parsson's skip of an unknown property spins forever on a truncated body (eclipse-ee4j/parsson
 * issue 23) and Yasson calls it, so a body is handed on only once this single linear pass has accepted it.
 */
final class JsonShape {

    /** Deeper than any payload of the API; a deeply nested body is refused before it costs a deep parse. */
    static final int MAX_DEPTH = 16;

    private final byte[] text;
    private int at;

    private JsonShape(byte[] text) {
        this.text = text;
    }

    /** Null when the body is acceptable, otherwise what is wrong with it, for the client. */
    static String problemOf(byte[] body) {
        JsonShape shape = new JsonShape(body);
        try {
            shape.skipSpace();
            shape.value(0);
            shape.skipSpace();
            if (shape.at != body.length) {
                throw shape.fail("unexpected text after the JSON value");
            }
            return null;
        } catch (Malformed e) {
            return e.getMessage();
        }
    }

    private void value(int depth) {
        if (at >= text.length) {
            throw fail("the body ends before the JSON value is complete");
        }
        switch (text[at]) {
            case '{' -> container(depth + 1, '}', true);
            case '[' -> container(depth + 1, ']', false);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void container(int depth, char close, boolean object) {
        if (depth > MAX_DEPTH) {
            throw fail("nested deeper than " + MAX_DEPTH + " levels");
        }
        at++;
        skipSpace();
        if (peek() == close) {
            at++;
            return;
        }
        while (true) {
            if (object) {
                if (peek() != '"') {
                    throw fail("a property name in double quotes was expected");
                }
                string();
                skipSpace();
                expect(':');
                skipSpace();
            }
            value(depth);
            skipSpace();
            int next = peek();
            if (next == ',') {
                at++;
                skipSpace();
            } else if (next == close) {
                at++;
                return;
            } else {
                throw fail(next < 0 ? "the body ends inside an unclosed " + (object ? "object" : "array")
                        : "',' or '" + close + "' was expected");
            }
        }
    }

    private void string() {
        at++;
        while (at < text.length) {
            byte b = text[at++];
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                if (at >= text.length) {
                    break;
                }
                byte escaped = text[at++];
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (at >= text.length || Character.digit(text[at++], 16) < 0) {
                            throw fail("a \\u escape needs four hexadecimal digits");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    throw fail("an unknown escape in a string");
                }
            } else if ((b & 0xff) < 0x20) {
                throw fail("a control character inside a string");
            }
        }
        throw fail("the body ends inside a string");
    }

    private void number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = digits();
        if (digits == 0) {
            throw fail("a JSON value was expected");
        }
        if (peek() == '.') {
            at++;
            if (digits() == 0) {
                throw fail("digits after the decimal point were expected");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (digits() == 0) {
                throw fail("digits of the exponent were expected");
            }
        }
        if (at - start > 40) {
            throw fail("a number longer than 40 characters");
        }
    }

    private int digits() {
        int count = 0;
        while (at < text.length && text[at] >= '0' && text[at] <= '9') {
            at++;
            count++;
        }
        return count;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (at >= text.length || text[at] != word.charAt(i)) {
                throw fail("a JSON value was expected");
            }
            at++;
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail("'" + c + "' was expected");
        }
        at++;
    }

    private int peek() {
        return at < text.length ? text[at] : -1;
    }

    private void skipSpace() {
        while (at < text.length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) {
            at++;
        }
    }

    private Malformed fail(String what) {
        return new Malformed("The body is not valid JSON: " + what + " (at byte " + at + ").");
    }

    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
