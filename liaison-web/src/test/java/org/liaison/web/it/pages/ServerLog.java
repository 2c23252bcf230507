package org.liaison.web.it.pages;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The test server's log, as the Arquillian adapter copies it line by line onto this JVM's standard output: while
 * installed, lines that match a pattern are kept so a test can assert on what the server logged (Payara Micro's
 * log has no other place a client can read it from).
 */
public final class ServerLog implements AutoCloseable {

    private final PrintStream original;
    private final List<String> matches = new CopyOnWriteArrayList<>();

    private ServerLog(Pattern pattern) {
        original = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public synchronized void write(int b) {
                original.write(b);
                if (b == '\n') {
                    if (pattern.matcher(line).find()) {
                        matches.add(line.toString());
                    }
                    line.setLength(0);
                } else {
                    line.append((char) b);
                }
            }

            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
                for (char c : text.toCharArray()) {
                    if (c == '\n') {
                        if (pattern.matcher(line).find()) {
                            matches.add(line.toString());
                        }
                        line.setLength(0);
                    } else {
                        line.append(c);
                    }
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        }, true, StandardCharsets.UTF_8));
    }

    public static ServerLog watch(Pattern pattern) {
        return new ServerLog(pattern);
    }

    /** Forgets what matched so far. */
    public void clear() {
        matches.clear();
    }

    public List<String> matches() {
        return List.copyOf(matches);
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
