package org.liaison.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the pauses out of a unified GC log, as the serial collector writes it. */
class GcPausesTest {

    private static final List<String> LOG = List.of(
            "[0.012s] Using Serial",
            "[12.345s] GC(3) Pause Young (Allocation Failure) 90M->20M(123M) 12.500ms",
            "[60.100s] GC(40) Pause Full (System.gc()) 300M->150M(400M) 250.000ms",
            "[70.200s] GC(41) Pause Young (Allocation Failure) 200M->190M(240M) 40.000ms",
            "[70.240s] GC(42) Pause Full (Allocation Failure) 190M->140M(240M) 343.250ms",
            "[71.000s] GC(43) Pause Young (Allocation Failure) 2M->1M(240M) 0.250ms");

    @Test
    void countsFullAndYoungPausesAndAddsUpTheirTimes() {
        GcPauses pauses = GcPauses.of(LOG);
        assertEquals(2, pauses.full());
        assertEquals(593.25, pauses.fullMs(), 1e-9);
        assertEquals(343.25, pauses.longestFullMs(), 1e-9);
        assertEquals(3, pauses.young());
        assertEquals(646.0, pauses.allMs(), 1e-9);
        assertEquals("2 full, 0.6 s (longest 343 ms); all 0.6 s", pauses.describe());
    }

    @Test
    void onlyWhatTheLogGainedAfterTheLoadBeganCounts(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("gc.log");
        Files.write(log, LOG.subList(0, 3));
        long offset = Files.size(log);
        Files.write(log, LOG.subList(3, LOG.size()), java.nio.file.StandardOpenOption.APPEND);
        GcPauses pauses = GcPauses.since(log, offset);
        assertEquals(1, pauses.full());
        assertEquals(2, pauses.young());
        assertNull(GcPauses.since(dir.resolve("absent.log"), 0));
    }
}
