package org.liaison.web.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"a\":1}", " {\"name\":\"Riverton PD\",\"ids\":[1,2,3],\"x\":null} ",
        "{\"a\":{\"b\":[true,false,-1.5e3,\"\\u00e9\\n\"]}}", "\"text\"", "0", "{\"a\":\"O'Brien \\\"Ace\\\"\"}"})
    void acceptsCompleteJson(String body) {
        assertNull(JsonShape.problemOf(bytes(body)), body);
    }

    /** The bodies that pinned a CPU core for good when handed to Parsson's skip, and their cousins. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":{", "{\"a\":[", "[", "{", "{\"a\":", "{\"a\":\"unterminated", "{\"a\" 1}",
        "{\"a\":1,}", "{a:1}", "{\"a\":1}}", "{\"a\":tru}", "{\"a\":01x}", "{\"a\":\"\\x\"}", "{\"a\":-}",
        "{\"a\":1.}", "{\"a\":\"\\u12\"}", ""})
    void refusesTruncatedOrMalformedJson(String body) {
        String problem = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> JsonShape.problemOf(bytes(body)));
        assertNotNull(problem, body);
        assertTrue(problem.startsWith("The body is not valid JSON"), problem);
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 100, 100_000})
    void refusesDeepNestingWithoutRecursingIntoIt(int depth) {
        String body = "[".repeat(depth) + "]".repeat(depth);
        String problem = JsonShape.problemOf(bytes(body));
        assertNotNull(problem);
        assertTrue(problem.contains("nested deeper than " + JsonShape.MAX_DEPTH), problem);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void acceptsNestingUpToTheLimit(int depth) {
        assertNull(JsonShape.problemOf(bytes("[".repeat(depth) + "]".repeat(depth))));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
