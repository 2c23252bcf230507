package org.liaison.web.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way Liaison's server is started keeps the Hazelcast inside Payara Micro from reporting to its maker: the run
 * command, the production recipe in the README, the test servers and the benchmark. It must be a JVM option (the
 * preboot commands apply too late: measured with a flight recording, the report was still posted).
 */
class LaunchOptionsTest {

    private static final String NO_PHONE_HOME = "-Dhazelcast.phone.home.enabled=false";

    @Test
    void theRunCommandsJvmOptionsKeepHazelcastFromPhoningHome() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher options = Pattern.compile("<javaCommandLineOptions>(.*?)</javaCommandLineOptions>", Pattern.DOTALL)
                .matcher(pom);
        assertTrue(options.find(), "the run command's JVM options");
        assertTrue(options.group(1).contains("<value>" + NO_PHONE_HOME + "</value>"), options.group(1));
    }

    @Test
    void theReadmesProductionRecipeTestServersAndBenchmarkDoToo() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher recipe = Pattern.compile("\njava -Xms[^\n]*(\n {5}[^\n]*)*").matcher(readme);
        assertTrue(recipe.find(), "the production command in the README");
        assertTrue(recipe.group().contains(NO_PHONE_HOME), recipe.group());
        for (String launcher : List.of("src/test/resources/arquillian.xml",
                "src/test/java/org/liaison/web/it/ClusterNode.java",
                "../benchmark/src/main/java/org/liaison/benchmark/Benchmark.java")) {
            assertTrue(Files.readString(Path.of(launcher)).contains(NO_PHONE_HOME), launcher);
        }
    }
}
