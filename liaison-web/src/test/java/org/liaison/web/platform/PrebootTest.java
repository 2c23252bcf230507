package org.liaison.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Payara commands run before boot: production closes /metrics; the test server differs in that line only. */
class PrebootTest {

    private static final String METRICS_SECURITY = "set configs.config.server-config"
            + ".microprofile-metrics-configuration.security-enabled=";

    @Test
    void productionHidesTheServerAndClosesMetrics() throws IOException {
        List<String> production = lines("src/main/payara/preboot.txt");
        assertTrue(production.contains(METRICS_SECURITY + "true"), production.toString());
        assertTrue(production.stream().anyMatch(l -> l.endsWith("server-header=false")), production.toString());
        assertTrue(production.stream().anyMatch(l -> l.endsWith("xpowered-by=false")), production.toString());
    }

    @Test
    void theTestServerRunsTheProductionCommandsButOpensMetrics() throws IOException {
        List<String> production = lines("src/main/payara/preboot.txt");
        List<String> test = lines("src/test/payara/preboot-it.txt");
        assertEquals(production.stream().map(l -> l.replace(METRICS_SECURITY + "true", METRICS_SECURITY + "false"))
                .toList(), test);
    }

    private static List<String> lines(String path) throws IOException {
        return Files.readAllLines(Path.of(path)).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
