package org.liaison.benchmark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stop-the-world pauses in a server's garbage-collection log ({@code -Xlog:gc}) while the load ran. A full
 * collection stops every request for a few hundred milliseconds on two cores, so how often the heap's settings let
 * one happen shows in every page's p95, and a burst of them inside one request's window in its p50.
 *
 * @param full          full collections
 * @param fullMs        their pauses together
 * @param longestFullMs the longest of them
 * @param young         young collections
 * @param allMs         every pause together
 */
record GcPauses(int full, double fullMs, double longestFullMs, int young, double allMs) {

    private static final Pattern PAUSE = Pattern.compile("\\bPause (Young|Full)\\b.*?([0-9]+(?:\\.[0-9]+)?)ms\\s*$");

    static GcPauses of(List<String> lines) {
        int full = 0;
        int young = 0;
        double fullMs = 0;
        double longest = 0;
        double all = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            if (!pause.find()) {
                continue;
            }
            double ms = Double.parseDouble(pause.group(2));
            all += ms;
            if ("Full".equals(pause.group(1))) {
                full++;
                fullMs += ms;
                longest = Math.max(longest, ms);
            } else {
                young++;
            }
        }
        return new GcPauses(full, fullMs, longest, young, all);
    }

    /** The log's lines after {@code offset} bytes (its size when the load began); none when there is no log. */
    static GcPauses since(Path log, long offset) throws IOException {
        if (!Files.isRegularFile(log)) {
            return null;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            long size = channel.size();
            ByteBuffer rest = ByteBuffer.allocate((int) Math.max(0, size - offset));
            channel.position(Math.min(offset, size));
            while (rest.hasRemaining() && channel.read(rest) > 0) {
                // read to the end
            }
            return of(new String(rest.array(), 0, rest.position(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    /** For the table: "3 full, 0.9 s (longest 343 ms); all 2.1 s". */
    String describe() {
        return String.format(Locale.ROOT, "%d full, %.1f s (longest %.0f ms); all %.1f s", full, fullMs / 1000,
                longestFullMs, allMs / 1000);
    }
}
