package org.liaison.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One more Payara Micro running the shipped WAR as a member of a Hazelcast cluster, started by a test (the Arquillian
 * container runs its own server with clustering off). It runs as production does: the same jar, WAR and preboot
 * commands, and the database and demo settings this test JVM got from failsafe (inherited environment). Members find
 * each other over TCP on the loopback interface (no multicast needed), and, since they share one host, partition
 * backups are allowed on the same host: Payara's host-aware default would keep none, and a stopped node's sessions
 * would live nowhere else.
 */
final class ClusterNode implements AutoCloseable {

    /** A loaded two-core machine has taken over three minutes to start a Payara. */
    private static final Duration START = Duration.ofMinutes(6);

    private final String name;
    private final Process process;
    private final Path log;
    private final int httpPort;

    private ClusterNode(String name, Process process, Path log, int httpPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * Starts a node; it deploys in the background.
     *
     * @param dataGridPort this node's Hazelcast port
     * @param members      every member's Hazelcast port (all on 127.0.0.1)
     * @param settings     system properties for the application (MicroProfile Config)
     */
    static ClusterNode start(String name, String cluster, int dataGridPort, int[] members, Properties settings)
            throws IOException {
        Path target = Path.of(System.getProperty("liaison.war")).getParent();
        Path properties = target.resolve("cluster-" + name + ".properties");
        try (var out = Files.newBufferedWriter(properties)) {
            settings.store(out, "for the cluster node " + name);
        }
        int httpPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dproduct.name=Liaison", "-Xmx640m",
                "-XX:TieredStopAtLevel=1", "-Dpayaramicro.hostAware=false",
                "-Dhazelcast.shutdownhook.policy=GRACEFUL", "-Dhazelcast.phone.home.enabled=false",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("liaison.war"), "--contextroot", "liaison",
                "--name", name, "--clustername", cluster, "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(dataGridPort),
                "--clustermode", "tcpip:" + Arrays.stream(members).mapToObj(p -> "127.0.0.1:" + p)
                        .collect(Collectors.joining(",")),
                "--port", String.valueOf(httpPort),
                "--prebootcommandfile", System.getProperty("preboot.file"),
                "--systemproperties", properties.toString()));
        Path log = target.resolve("cluster-" + name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ClusterNode(name, process, log, httpPort);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** A path inside the application on this node. */
    URI app(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + "/liaison" + path);
    }

    /** Waits until the application answers ready and this node sees that many members. */
    void awaitReadyInClusterOf(int members) throws InterruptedException {
        Instant deadline = Instant.now().plus(START);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String cluster = "DG Size: " + members; // Payara's data grid status line, logged on every membership change
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log: " + log);
            }
            if (ready(client) && !logLines(cluster).isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready in a cluster of " + members + " after " + START
                        + "; its log: " + log);
            }
            Thread.sleep(1000);
        }
    }

    private boolean ready(HttpClient client) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The lines of this node's log that contain the text. */
    List<String> logLines(String text) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the node as an operator does (SIGTERM: Payara and Hazelcast shut down) and waits until it is gone. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
