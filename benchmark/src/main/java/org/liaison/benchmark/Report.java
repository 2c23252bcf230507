package org.liaison.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads what {@link Measurements} wrote for each scale and renders the one table of the benchmark. */
final class Report {

    record Row(String name, long count, long errors, double windowMs, double p50, double p95, double p99,
            double mean, double max, int users, long outside, long outsideErrors, boolean slowerThanWindow) {

        Row named(String newName) {
            return new Row(newName, count, errors, windowMs, p50, p95, p99, mean, max, users, outside, outsideErrors,
                    slowerThanWindow);
        }

        double throughput() {
            return windowMs <= 0 ? 0 : count / (windowMs / 1000.0);
        }
    }

    private Report() {
    }

    static Map<String, Row> read(Path tsv) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            rows.put(f[0], new Row(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]), Integer.parseInt(f[9]),
                    Long.parseLong(f[10]), Long.parseLong(f[11]), f.length > 12 && "all".equals(f[12])));
        }
        return rows;
    }

    static String render(List<Benchmark.ScaleResult> results, Double emptyReadyMs, Map<String, String> pageVsApi,
            int seconds, int warmup, int users) {
        List<String> header = new ArrayList<>(List.of("request"));
        for (Benchmark.ScaleResult r : results) {
            String s = "scale " + r.scale() + ": ";
            header.addAll(List.of(s + "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"));
        }
        boolean compare = results.size() > 1;
        if (compare) {
            header.add("p50 × (scale " + results.get(results.size() - 1).scale() + " / " + results.get(0).scale() + ")");
        }
        List<List<String>> body = new ArrayList<>();

        boolean[] slow = {false};
        Set<String> names = new LinkedHashSet<>();
        results.forEach(r -> names.addAll(r.rows().keySet()));
        for (String name : names) {
            List<String> cells = new ArrayList<>(List.of(name));
            for (Benchmark.ScaleResult r : results) {
                Row row = r.rows().get(name);
                if (row == null) {
                    cells.addAll(List.of("–", "–", "–", "–", "–"));
                } else if (row.slowerThanWindow()) {
                    slow[0] = true;
                    cells.addAll(List.of("< " + fixed(1000.0 * row.users() / row.windowMs(), 1) + " *",
                            ms(row.p50()) + " *", ms(row.p95()) + " *", ms(row.p99()) + " *", Long.toString(row.errors())));
                } else {
                    cells.addAll(List.of(fixed(row.throughput(), 1), ms(row.p50()), ms(row.p95()), ms(row.p99()),
                            Long.toString(row.errors())));
                }
            }
            if (compare) {
                Row first = results.get(0).rows().get(name);
                Row last = results.get(results.size() - 1).rows().get(name);
                cells.add(first == null || last == null || first.p50() <= 0 || last.p50() <= 0 ? "–"
                        : "×" + fixed(last.p50() / first.p50(), 2) + (first.slowerThanWindow()
                                || last.slowerThanWindow() ? " *" : ""));
            }
            body.add(cells);
        }

        body.add(section("page ÷ API throughput (same rows; target ≥ 0.5)", results.size(), compare));
        pageVsApi.forEach((page, api) -> {
            List<String> cells = new ArrayList<>(List.of(page + " ÷ " + api));
            for (Benchmark.ScaleResult r : results) {
                Row p = r.rows().get(page);
                Row a = r.rows().get(api);
                cells.add(p == null || a == null || a.throughput() <= 0 || p.throughput() <= 0 ? "–"
                        : fixed(p.throughput() / a.throughput(), 2));
                cells.addAll(List.of("", "", "", ""));
            }
            if (compare) {
                cells.add("");
            }
            body.add(cells);
        });

        body.add(section("server (Payara Micro, -Xmx512m)", results.size(), compare));
        body.add(serverRow("RSS before load, MB", results, r -> mb(r.rssBeforeKb()), compare));
        body.add(serverRow("RSS after load, MB (peak during load)", results,
                r -> mb(r.rssAfterKb()) + " (" + mb(r.rssPeakKb()) + ")", compare));
        body.add(serverRow("collections' pauses under load (full: count, total, longest; all pauses)", results,
                r -> r.pauses() == null ? "?" : r.pauses().describe(), compare));
        body.add(serverRow("\"Cannot serialize session attribute\" warnings in the log", results,
                r -> Long.toString(r.serializationWarnings()), compare));
        body.add(serverRow("largest signed-in session sampled, KB (target < 50)", results,
                r -> r.sessionBytes() < 0 ? "?" : fixed(r.sessionBytes() / 1024.0, 1), compare));
        body.add(serverRow("Payara's \"ready in\": empty Payara Micro", results,
                r -> emptyReadyMs == null ? "?" : Benchmark.seconds(emptyReadyMs), compare));
        body.add(serverRow("Payara's \"ready in\": Liaison, first start (migrates, loads the demo data)", results,
                r -> ready(r.readyMs(), emptyReadyMs), compare));
        body.add(serverRow("Payara's \"ready in\": Liaison, restart on its data (× empty; target ≤ 2)", results,
                r -> ready(r.restartReadyMs(), emptyReadyMs), compare));

        StringBuilder out = new StringBuilder();
        out.append("Liaison benchmark, ").append(OffsetDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append(": ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(users)
                .append(" concurrent users per request, ").append(warmup).append(" s warm-up then ").append(seconds)
                .append(" s measured, one request at a time (req/s = completed ÷ measured window; p = nearest rank).")
                .append(" Noisy on a shared machine: compare ratios within one run, not absolute times.\n\n");
        out.append(markdown(header, body));
        if (slow[0]) {
            out.append("\n* not one request finished inside the measured window (each took longer than the whole phase):"
                    + " req/s is at most users ÷ window, and the latencies are those of all the phase's requests.\n");
        }
        return out.toString();
    }

    private static List<String> section(String title, int scales, boolean compare) {
        List<String> cells = new ArrayList<>(List.of("**" + title + "**"));
        for (int i = 0; i < scales * 5 + (compare ? 1 : 0); i++) {
            cells.add("");
        }
        return cells;
    }

    private static List<String> serverRow(String label, List<Benchmark.ScaleResult> results,
            java.util.function.Function<Benchmark.ScaleResult, String> value, boolean compare) {
        List<String> cells = new ArrayList<>(List.of(label));
        for (Benchmark.ScaleResult r : results) {
            cells.add(value.apply(r));
            cells.addAll(List.of("", "", "", ""));
        }
        if (compare) {
            cells.add("");
        }
        return cells;
    }

    private static String markdown(List<String> header, List<List<String>> body) {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(body);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width, true);
        out.append('|');
        for (int i = 0; i < width.length; i++) {
            out.append(i == 0 ? ":" : "").append("-".repeat(Math.max(3, width[i]) + (i == 0 ? 1 : 1)))
                    .append(i == 0 ? "" : ":").append('|');
        }
        out.append('\n');
        body.forEach(row -> line(out, row, width, false));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> row, int[] width, boolean header) {
        out.append('|');
        for (int i = 0; i < width.length; i++) {
            String cell = i < row.size() ? row.get(i) : "";
            String pad = " ".repeat(Math.max(0, width[i] - cell.length()));
            out.append(' ').append(i == 0 || header ? cell + pad : pad + cell).append(" |");
        }
        out.append('\n');
    }

    private static String ms(double value) {
        return value >= 100 ? fixed(value, 0) : fixed(value, 1);
    }

    private static String mb(long kb) {
        return Long.toString(Math.round(kb / 1024.0));
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String ready(Double ms, Double emptyMs) {
        return ms == null ? "?" : Benchmark.seconds(ms) + (emptyMs == null ? "" : " (×" + fixed(ms / emptyMs, 1) + ")");
    }
}
