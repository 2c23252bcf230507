package org.liaison.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark of issue 9, end to end: an empty Payara Micro for the start-up baseline, then a fresh Liaison for
 * each demo scale (temporary data directory, generated demo password, {@code -Xmx512m}), all of them running through
 * the load. {@link LiaisonSimulation}, in a forked Gatling JVM, measures each request on every scale back to back,
 * so the scale comparison is not at the mercy of the machine's load changing between two runs. Each server's RSS is
 * sampled throughout; after the load each is started again on its data, alone, for the restart's "ready in". One
 * table at the end (also written to {@code target/benchmark/results.md}); Gatling's HTML report stays under
 * {@code target/benchmark/gatling/}.
 *
 * <p>Run from the project root: {@code ./mvnw -B -Pbenchmark verify}. System properties (all optional):
 * {@code benchmark.seconds} (measured seconds per request, 15), {@code benchmark.warmup} (warm-up seconds per
 * request, 5), {@code benchmark.users} (concurrent users, 16), {@code benchmark.scales} ("1,10"),
 * {@code benchmark.quick} (true: 2 s, no warm-up, 4 users, scale 1 only — what CI runs), {@code benchmark.jfr} (true: a
 * JFR recording of each server under {@code target/benchmark/scale-N/server.jfr}), {@code benchmark.seededData.N} with
 * {@code benchmark.seededPassword} (or environment variables {@code BENCHMARK_SEEDED_DATA_N} and
 * {@code BENCHMARK_SEEDED_PASSWORD}: a data directory seeded earlier at scale N, and the demo password it was seeded
 * with; its files are copied instead of loading the demo data again).
 *
 * <p>It exits non-zero when the harness could not do its job: a server that did not come up, Gatling failing, or
 * a request that failed (a KO — a wrong status, the sign-in page instead of the page, a missing row). Timings never
 * fail it.
 */
public final class Benchmark {

    private static final Pattern READY_IN = Pattern.compile("ready in ([0-9][0-9,.]*) \\(ms\\)");
    private static final String SERIALIZATION_WARNING = "Cannot serialize session attribute";

    /** Each page and the API call that returns the same rows, for the "page vs API" ratio. */
    private static final Map<String, String> PAGE_VS_API = new LinkedHashMap<>();

    static {
        PAGE_VS_API.put("page /index (home)", "API GET /api/relationships?limit=50");
        PAGE_VS_API.put("page /relationships/index (board)", "API GET /api/relationships?limit=25");
        PAGE_VS_API.put("page /agreements/index", "API GET /api/agreements?limit=25");
        PAGE_VS_API.put("page /agencies/index", "API GET /api/agencies?limit=25 (manager)");
        PAGE_VS_API.put("ajax agency search (agencies/index)", "API GET /api/agencies?name=…&limit=25 (manager)");
        PAGE_VS_API.put("page /agencies/view?id=…", "API GET /api/agencies/{id} (manager)");
        PAGE_VS_API.put("page /who-to-call (officer, phone)", "API GET /api/relationships/who-to-call (officer)");
        PAGE_VS_API.put("page /calendar/index", "API GET /api/meetings?limit=25");
        PAGE_VS_API.put("page /exercises/index", "API GET /api/exercises?limit=25");
        PAGE_VS_API.put("page /reviews/index", "API GET /api/reviews?limit=25");
        PAGE_VS_API.put("page /bulletins/index", "API GET /api/bulletins?limit=25");
    }

    private final Path root;
    private final Path out;
    /**
     * The server's JVM options, the same as the run command's (liaison-web's pom) and the README's cluster recipe:
     * a 512 MB heap that starts at 128 MB with a fixed 96 MB young generation (so it grows only as far as the live data
     * needs), the serial collector (no G1 remembered sets and card tables: about 100 MB less resident on a 512 MB heap,
     * and no concurrent threads competing for 2 cores), a code cache sized for what Liaison compiles (66 MB used under
     * the benchmark), half-size thread stacks, a heap that gives back what a full collection freed (free ratios 10-30 %
     * instead of 40-70 %), and glibc's free memory trimmed every 5 s (together: peak RSS through the whole run 906 ->
     * 742 MB at scale 1). {@code benchmark.jvm} replaces them, to compare.
     */
    static final List<String> SERVER_OPTIONS = List.of(property("benchmark.jvm",
            "-Xms128m -Xmx512m -Xmn96m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m -Xss512k"
            + " -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000"
            + " -Dhazelcast.phone.home.enabled=false").split("\\s+"));

    /**
     * The server's environment, as the README's production recipe sets it: glibc keeps at most two malloc arenas
     * (by default up to 8 per core, each growing on its own; NMT showed ~120 MB resident outside the JVM's own
     * accounting under load).
     */
    static final Map<String, String> SERVER_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final boolean quick = Boolean.parseBoolean(property("benchmark.quick", "false"));
    private final int seconds = Integer.parseInt(property("benchmark.seconds", quick ? "2" : "15"));
    private final int warmup = Integer.parseInt(property("benchmark.warmup", quick ? "0" : "5"));
    private final int users = Integer.parseInt(property("benchmark.users", quick ? "4" : "16"));
    /** A regular expression: only the requests whose names it finds run (while working on one page). */
    private final String only = property("benchmark.only", "");
    private final List<Integer> scales = Stream.of(property("benchmark.scales", quick ? "1" : "1,10").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    private final boolean jfr = Boolean.parseBoolean(property("benchmark.jfr", "false"));
    private final List<Process> running = new ArrayList<>();

    private Benchmark(Path root) {
        this.root = root;
        this.out = root.resolve("benchmark/target/benchmark");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        System.exit(new Benchmark(root).run());
    }

    private int run() throws Exception {
        Path jar = root.resolve("liaison-web/target/payara-micro.jar");
        Path war = root.resolve("liaison-web/target/liaison.war");
        Path preboot = root.resolve("liaison-web/src/main/payara/preboot.txt");
        for (Path required : List.of(jar, war, preboot)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing: build first (./mvnw -B -Pbenchmark verify)");
            }
        }
        Files.createDirectories(out);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
        say("benchmark: %d s per request after %d s warm-up, %d users, scales %s%s", seconds, warmup, users, scales,
                quick ? " (quick)" : "");

        say("start-up baseline: Payara Micro without an application");
        Double emptyReadyMs = startEmpty(jar, preboot);

        // Every scale's server runs through the whole load, and each request is measured on each scale back to back
        // (LiaisonSimulation): the machine's noise then falls on both sides of the scale-10 / scale-1 comparison alike,
        // which two runs one after the other, minutes apart, could not promise.
        String password = seededPassword().orElseGet(Benchmark::generatedPassword);
        List<Server> servers = new ArrayList<>();
        try {
            for (int scale : scales) {
                servers.add(launch(scale, jar, war, preboot, password));
            }
            Map<Integer, Long> gcLogAtStart = new LinkedHashMap<>();
            for (Server server : servers) {
                server.rss().start();
                gcLogAtStart.put(server.scale(), Files.isRegularFile(server.gcLog()) ? Files.size(server.gcLog()) : 0);
            }
            int gatlingExit = runGatling(servers, password);
            Map<Integer, Long> rssAfter = new LinkedHashMap<>();
            Map<Integer, GcPauses> pauses = new LinkedHashMap<>();
            for (Server server : servers) {
                server.rss().stop();
                rssAfter.put(server.scale(), server.rss().current()); // after the load, before the import below
                pauses.put(server.scale(), GcPauses.since(server.gcLog(), gcLogAtStart.get(server.scale())));
            }
            if (gatlingExit != 0) {
                say("Gatling exit %d (see %s)", gatlingExit, out.resolve("gatling.log"));
            }
            Map<Integer, Map<String, Report.Row>> rows = measuredRows();
            List<ScaleResult> results = new ArrayList<>();
            for (Server server : servers) {
                measureImport(server.scale(), server.base(), password);
                stop(server.process());
                results.add(result(server, rows.getOrDefault(server.scale(), Map.of()), rssAfter.get(server.scale()),
                        pauses.get(server.scale())));
            }
            // Restarts one at a time, with no other server running: start-up is CPU-bound.
            List<ScaleResult> restarted = new ArrayList<>();
            for (int i = 0; i < servers.size(); i++) {
                Server server = servers.get(i);
                restarted.add(results.get(i).restartedIn(restart(server)));
            }
            boolean ok = gatlingExit == 0 && restarted.stream().allMatch(ScaleResult::harnessOk);
            String table = Report.render(restarted, emptyReadyMs, PAGE_VS_API, seconds, warmup, users);
            Files.writeString(out.resolve("results.md"), table, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(table);
            System.out.println("Table: " + out.resolve("results.md"));
            System.out.println("Gatling report: " + newestReport(out.resolve("gatling")));
            return ok ? 0 : 1;
        } finally {
            servers.forEach(server -> {
                stop(server.process());
                deleteTree(server.data());
            });
        }
    }

    /** The demo password of a database seeded earlier, when one is given (every server then uses it). */
    private static java.util.Optional<String> seededPassword() {
        boolean anySeeded = System.getProperties().stringPropertyNames().stream()
                .anyMatch(name -> name.startsWith("benchmark.seededData."))
                || System.getenv().keySet().stream().anyMatch(name -> name.startsWith("BENCHMARK_SEEDED_DATA_"));
        return anySeeded ? java.util.Optional.of(property("benchmark.seededPassword",
                System.getenv().getOrDefault("BENCHMARK_SEEDED_PASSWORD", ""))) : java.util.Optional.empty();
    }

    private Double startEmpty(Path jar, Path preboot) throws Exception {
        Path dir = Files.createDirectories(out.resolve("empty-payara"));
        Path log = dir.resolve("server.log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(SERVER_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), "--nocluster",
                "--port", Integer.toString(port), "--prebootcommandfile", preboot.toString()));
        Process server = start(command, SERVER_ENVIRONMENT, log);
        try {
            Double ready = awaitReadyLine(server, log, Duration.ofMinutes(3));
            say("  empty Payara Micro ready in %s", ready == null ? "?" : seconds(ready));
            return ready;
        } finally {
            stop(server);
        }
    }

    /** Starts Liaison at one scale and waits until it is ready (the first start migrates and loads the demo data). */
    private Server launch(int scale, Path jar, Path war, Path preboot, String password) throws Exception {
        Path dir = out.resolve("scale-" + scale);
        deleteTree(dir);
        Files.createDirectories(dir);
        Path data = Files.createTempDirectory("liaison-benchmark-data-");
        // A database seeded earlier at this scale (its files are copied, so it stays as it was) skips the demo load,
        // which takes minutes at scale 10 on a busy machine; that scale's "ready in" then does not count.
        String seeded = System.getProperty("benchmark.seededData." + scale,
                System.getenv("BENCHMARK_SEEDED_DATA_" + scale));
        if (seeded != null) {
            try (Stream<Path> files = Files.list(Path.of(seeded))) {
                for (Path file : files.toList()) {
                    Files.copy(file, data.resolve(file.getFileName()));
                }
            }
            say("scale %d: database copied from %s (its demo password given); its \"ready in\" is not comparable",
                    scale, seeded);
        }
        int port = freePort();
        Path log = dir.resolve("server.log");
        say("scale %d: starting Liaison on 127.0.0.1:%d (data in %s)", scale, port, data);

        List<String> command = new ArrayList<>(List.of(java(), "-Dproduct.name=Liaison"));
        command.addAll(SERVER_OPTIONS);
        command.add("-Xlog:gc:file=" + dir.resolve("gc.log") + ":uptime"); // the pauses under load (GcPauses)
        if (jfr) {
            // Deep stacks: Faces rendering nests far beyond JFR's default 64 frames.
            command.add("-XX:FlightRecorderOptions=stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + dir.resolve("server.jfr") + ",settings=profile,dumponexit=true");
        }
        command.addAll(List.of("-jar", jar.toString(), "--deploy", war.toString(), "--contextroot", "liaison",
                "--nocluster", "--port", Integer.toString(port), "--prebootcommandfile", preboot.toString()));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LIAISON_DATA_DIR", data.toString());
        env.put("LIAISON_DEMO", "true");
        env.put("LIAISON_DEMO_PASSWORD", password);
        env.put("LIAISON_DEMO_SCALE", Integer.toString(scale));
        env.putAll(SERVER_ENVIRONMENT);

        Process process = start(command, env, log);
        Server server;
        try {
            server = new Server(scale, process, dir, log, command, env, data, "http://127.0.0.1:" + port,
                    awaitReadyLine(process, log, Duration.ofMinutes(15)), new RssSampler(process.pid()));
            awaitHealthy(process, server.base() + "/health/ready", Duration.ofMinutes(5));
        } catch (Exception | Error notReady) {
            // not yet among the servers the run stops and cleans up: this one is stopped and its data removed here
            stop(process);
            deleteTree(data);
            throw notReady;
        }
        say("scale %d: ready in %s (Payara's figure); RSS %d MB", scale,
                server.readyMs() == null ? "?" : seconds(server.readyMs()), server.rss().current() / 1024);
        return server.withRssBefore(server.rss().current());
    }

    /** One scale's figures: its rows of the load, its log's warnings and sessions, whether anything failed. */
    private ScaleResult result(Server server, Map<String, Report.Row> rows, long rssAfter, GcPauses pauses)
            throws IOException {
        long warnings = count(server.log(), SERIALIZATION_WARNING);
        long sessionBytes = largestSession(server.log());
        // Broken harness (or app): a request that failed anywhere, a user that could not get ready, or a phase
        // with no answer at all. A phase too slow to finish a request inside a short window is not broken.
        List<String> broken = rows.values().stream().filter(r -> r.count() + r.outside() == 0 || r.errors() > 0
                || r.outsideErrors() > 0 || r.users() < users).map(r -> r.name() + " (" + r.count() + " measured, "
                + r.errors() + " failed, " + r.outsideErrors() + " failed in warm-up, " + r.users() + "/" + users
                + " users ready)").toList();
        boolean harnessOk = !rows.isEmpty() && broken.isEmpty();
        if (!harnessOk) {
            say("scale %d: %s (see %s and %s)", server.scale(), rows.isEmpty() ? "nothing measured"
                    : "failed requests: " + broken, out.resolve("gatling.log"), server.log());
        }
        return new ScaleResult(server.scale(), rows, server.readyMs(), null, server.rssBeforeKb(), rssAfter,
                server.rss().peak(), pauses, warnings, sessionBytes, harnessOk);
    }

    /** The measured rows of every scale, from the names LiaisonSimulation gives them ("[scale N] request"). */
    private Map<Integer, Map<String, Report.Row>> measuredRows() throws IOException {
        Path measured = out.resolve("measured.tsv");
        Map<Integer, Map<String, Report.Row>> byScale = new LinkedHashMap<>();
        if (!Files.isRegularFile(measured)) {
            return byScale;
        }
        Report.read(measured).forEach((name, row) -> {
            Matcher m = LiaisonSimulation.SCALE_LABEL.matcher(name);
            if (m.lookingAt()) {
                String request = name.substring(m.end());
                byScale.computeIfAbsent(Integer.valueOf(m.group(1)), s -> new LinkedHashMap<>())
                        .put(request, row.named(request));
            }
        });
        return byScale;
    }

    /**
     * Starts Liaison again on the database it has just used, as after an upgrade or a node's restart: the schema is
     * current and the data is there, so Payara's "ready in" is the deployment alone (the first start also migrates
     * and loads the demo data).
     */
    private Double restart(Server previous) throws Exception {
        int scale = previous.scale();
        Path log = previous.dir().resolve("server-restart.log");
        List<String> again = previous.command().stream().filter(option -> !option.startsWith("-XX:StartFlightRecording")
                && !option.startsWith("-XX:FlightRecorderOptions") && !option.startsWith("-Xlog:gc")).toList();
        Process server = start(again, previous.env(), log);
        try {
            Double readyMs = awaitReadyLine(server, log, Duration.ofMinutes(5));
            say("scale %d: restarted on its data, ready in %s", scale, readyMs == null ? "?" : seconds(readyMs));
            return readyMs;
        } finally {
            stop(server);
        }
    }

    private int runGatling(List<Server> servers, String password) throws Exception {
        // nothing of an earlier run may be read as this one's
        Files.deleteIfExists(out.resolve("measured.tsv"));
        deleteTree(out.resolve("gatling"));
        Path results = Files.createDirectories(out.resolve("gatling"));
        Path log = out.resolve("gatling.log");
        String bases = String.join(",", servers.stream().map(s -> s.scale() + "=" + s.base()).toList());
        List<String> command = new ArrayList<>(List.of(java(), "-server", "-Xmx1g", "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "-Dliaison.baseUrls=" + bases,
                "-Dliaison.password=" + password,
                "-Dbenchmark.seconds=" + seconds,
                "-Dbenchmark.warmup=" + warmup,
                "-Dbenchmark.users=" + users,
                "-Dbenchmark.only=" + only,
                "-Dbenchmark.resultsFile=" + out.resolve("measured.tsv"),
                "-Dgatling.data.enableAnalytics=false",
                "-Dgatling.http.warmUpUrl=",
                "io.gatling.app.Gatling",
                "--simulation", LiaisonSimulation.class.getName(),
                "--results-folder", results.toString(),
                "--run-description", "Liaison at demo scales " + scales));
        say("Gatling on scales %s, each request on every scale in turn, %d s warm-up and %d s measured (log: %s)",
                scales, warmup, seconds, log);
        Process gatling = start(command, Map.of(), log);
        // Generous: ~25 phases per scale, each with its sign-ins, plus Gatling's start and its report.
        boolean done = gatling.waitFor(25L * servers.size() * (warmup + seconds + 60) + 300, TimeUnit.SECONDS);
        running.remove(gatling);
        if (!done) {
            gatling.destroyForcibly();
            return -1;
        }
        return gatling.exitValue();
    }

    private Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(out.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("LIAISON_")); // only what is set here
        builder.environment().putAll(env);
        Process process = builder.start();
        running.add(process);
        return process;
    }

    /** Payara's own "ready in N (ms)" line; a failed deployment prints it too, so health is checked separately. */
    private static Double awaitReadyLine(Process server, Path log, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (Files.exists(log)) {
                Matcher m = READY_IN.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
                if (m.find()) {
                    return Double.valueOf(m.group(1).replace(",", ""));
                }
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro exited (" + server.exitValue() + "); see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Payara Micro not ready after " + timeout + "; see " + log);
    }

    private static void awaitHealthy(Process server, String url, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant until = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro exited (" + server.exitValue() + ")");
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " not UP after " + timeout + ": " + last);
    }

    private void stop(Process process) {
        process.destroy(); // SIGTERM: Payara's shutdown hook runs
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        running.remove(process);
    }

    private void stopAll() {
        new ArrayList<>(running).forEach(p -> {
            if (p.isAlive()) {
                stop(p);
            }
        });
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
                    .max(Comparator.comparing(d -> d.getFileName().toString()))
                    .map(d -> d.resolve("index.html")).orElse(results);
        }
    }

    private static long count(Path file, String text) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "Bench-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    /** Rows in the CSV import the benchmark times (issue 7: "a 5,000-row file imports in a few seconds"). */
    private static final int IMPORT_ROWS = 5_000;

    /**
     * Times a 5,000-row contact import as the director: the export's header and first row, repeated with new names,
     * checked (dry run) and then imported. Prints the figures; a refused import is printed too, never hidden.
     */
    private static final Pattern LARGEST_SESSION = Pattern.compile("event=session\\.largest bytes=([0-9]+)");

    /** The largest signed-in session the server sampled during the run (its last "event=session.largest"), or -1. */
    private static long largestSession(Path log) throws IOException {
        long largest = -1;
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = LARGEST_SESSION.matcher(line);
                if (m.find()) {
                    largest = Math.max(largest, Long.parseLong(m.group(1)));
                }
            }
        }
        return largest;
    }

    private static void measureImport(int scale, String base, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("director:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> export = client.send(HttpRequest.newBuilder(URI.create(base + "/liaison/api/contacts/export"))
                .header("Authorization", auth).timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> lines = export.body().lines().toList();
        // a sample row without quoted cells, so that splitting it at commas is exact
        String sampleRow = lines.stream().skip(1).filter(line -> line.indexOf('"') < 0).findFirst().orElse(null);
        if (export.statusCode() != 200 || sampleRow == null) {
            say("scale %d: import not measured: the export answered %d with %d lines", scale, export.statusCode(), lines.size());
            return;
        }
        // firstName and lastName are the second and third columns; the sample row's other cells are kept as exported
        String[] sample = sampleRow.split(",", -1);
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            sample[1] = "Bench" + i;
            sample[2] = "Importrow" + scale;
            csv.append(String.join(",", sample)).append('\n');
        }
        for (boolean dryRun : new boolean[] {true, false}) {
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/liaison/api/contacts/import?dryRun=" + dryRun))
                    .header("Authorization", auth).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
            double took = (System.nanoTime() - started) / 1e9;
            say("scale %d: CSV import of %d rows, %s: %.1f s (HTTP %d)%s", scale, IMPORT_ROWS, dryRun ? "checked only" : "imported",
                    took, answer.statusCode(), answer.statusCode() == 200 ? "" : " " + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
        System.out.flush();
    }

    record ScaleResult(int scale, Map<String, Report.Row> rows, Double readyMs, Double restartReadyMs, long rssBeforeKb,
            long rssAfterKb, long rssPeakKb, GcPauses pauses, long serializationWarnings, long sessionBytes,
            boolean harnessOk) {

        ScaleResult restartedIn(Double ms) {
            return new ScaleResult(scale, rows, readyMs, ms, rssBeforeKb, rssAfterKb, rssPeakKb, pauses,
                    serializationWarnings, sessionBytes, harnessOk);
        }
    }

    /** A Liaison server of one scale, from its first start to the end of the load. */
    private record Server(int scale, Process process, Path dir, Path log, List<String> command, Map<String, String> env,
            Path data, String base, Double readyMs, RssSampler rss, long rssBeforeKb) {

        Server(int scale, Process process, Path dir, Path log, List<String> command, Map<String, String> env, Path data,
                String base, Double readyMs, RssSampler rss) {
            this(scale, process, dir, log, command, env, data, base, readyMs, rss, 0);
        }

        Server withRssBefore(long kb) {
            return new Server(scale, process, dir, log, command, env, data, base, readyMs, rss, kb);
        }

        Path gcLog() {
            return dir.resolve("gc.log");
        }
    }

    /** VmRSS of the server, read from /proc once a second while Gatling runs. */
    private static final class RssSampler implements Runnable {
        private final Path status;
        private volatile boolean sampling;
        private volatile long peak;
        private Thread thread;

        RssSampler(long pid) {
            this.status = Path.of("/proc", Long.toString(pid), "status");
        }

        long current() {
            try {
                for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException gone) {
                // the process has ended, or this is not Linux
            }
            return 0;
        }

        long peak() {
            return peak;
        }

        void start() {
            sampling = true;
            thread = new Thread(this, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            sampling = false;
            thread.join(5000);
        }

        @Override
        public void run() {
            while (sampling) {
                peak = Math.max(peak, current());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
