package org.liaison.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Liaison's users, one step of their day at a time. Each phase signs its virtual users in (a form sign-in for pages,
 * HTTP Basic for the API), warms the step up, waits until every user is ready, then has all of them repeat that one
 * step without think time for the measured duration — the closed-model equivalent of {@code wrk -c 16} on one URL,
 * so that a page and the API call returning the same rows can be compared side by side. Phases run one after the
 * other. Every check asserts what the user would get (the page itself, not the sign-in page; the rows; a 201),
 * never a timing.
 *
 * <p>Set by {@link Benchmark} as system properties: {@code liaison.baseUrls} (each scale's server),
 * {@code liaison.password},
 * {@code benchmark.seconds}, {@code benchmark.warmup}, {@code benchmark.users}, {@code benchmark.resultsFile}.
 */
public class LiaisonSimulation extends Simulation {

    /** Prefix of requests that prepare a phase; left out of the table. */
    public static final String SETUP = "setup: ";
    /** Prefix of requests of the warm-up loop; left out of the table. */
    public static final String WARMUP = "warm-up: ";

    private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final String DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0 Safari/537.36";
    private static final List<String> SEARCHES = List.of("Police", "County", "Sheriff", "Fire", "State", "River");

    private final String password = required("liaison.password");
    private final Duration measured = Duration.ofSeconds(Long.getLong("benchmark.seconds", 15));
    private final Duration warmup = Duration.ofSeconds(Long.getLong("benchmark.warmup", 3));
    private final int users = Integer.getInteger("benchmark.users", 16);

    /** How a measured request's name starts: which scale's server answered it. */
    public static final Pattern SCALE_LABEL = Pattern.compile("\\[scale ([0-9]+)\\] ");

    /** Each scale's server, in the order given ("1=http://127.0.0.1:8080,10=http://127.0.0.1:8081"). */
    private final Map<Integer, String> servers = servers(required("liaison.baseUrls"));

    public LiaisonSimulation() {
        List<Phase> phases = List.of(
                // The server's floor.
                api("GET /health/live", "officer", null,
                        name -> exec(http(name).get("/health/live").check(status().is(200)))),
                // The intranet portal reading the API (HTTP Basic, no session).
                api("API GET /api/agencies?limit=20", "director", null, name -> list(name, "/liaison/api/agencies?limit=20")),
                api("API GET /api/relationships?limit=50", "director", null,
                        name -> list(name, "/liaison/api/relationships?limit=50")),
                api("API GET /api/agreements?limit=25", "director", null, name -> list(name, "/liaison/api/agreements?limit=25")),
                // Managers logging engagements.
                api("API POST /api/engagements", "manager", managersRelationships(), name -> exec(pickRelationship())
                        .exec(basic(http(name).post("/liaison/api/engagements"), "manager")
                                .header("Content-Type", "application/json")
                                .body(StringBody("{\"facilityId\":#{facilityId},\"agencyId\":#{agencyId},\"kind\":\"CALL\","
                                        + "\"summary\":\"Benchmark: routine check-in call with the watch commander\"}"))
                                .check(status().is(201), jsonPath("$.id").exists()))),
                // The floor of a page: the layout around a small form, with no list (as /health/live is the API's).
                page("page /account/password (the layout alone)", "director", DESKTOP, null,
                        name -> page(name, "/liaison/account/password", "id=\"password\"")),
                // A director on the home page and the relationship board.
                page("page /index (home)", "director", DESKTOP, null,
                        name -> page(name, "/liaison/index", "Welcome")),
                // The same with its figures counted anew on every view (they are kept for a minute otherwise): what
                // the first view in a minute costs.
                page("page /index?refresh (home, figures counted anew)", "director", DESKTOP, null,
                        name -> page(name, "/liaison/index?refresh", "Welcome")),
                api("API GET /api/relationships?limit=25", "director", null,
                        name -> list(name, "/liaison/api/relationships?limit=25")),
                page("page /relationships/index (board)", "director", DESKTOP, null,
                        name -> page(name, "/liaison/relationships/index", "id=\"board:table\"")),
                page("page /agreements/index", "director", DESKTOP, null,
                        name -> page(name, "/liaison/agreements/index", "id=\"agreements:table\"")),
                // The four later capabilities' main pages, each after the API list of the same records.
                api("API GET /api/meetings?limit=25", "director", null, name -> list(name, "/liaison/api/meetings?limit=25")),
                page("page /calendar/index", "director", DESKTOP, null,
                        name -> page(name, "/liaison/calendar/index", "id=\"calendar:schedule\"")),
                api("API GET /api/exercises?limit=25", "director", null, name -> list(name, "/liaison/api/exercises?limit=25")),
                page("page /exercises/index", "director", DESKTOP, null,
                        name -> page(name, "/liaison/exercises/index", "id=\"exercises:table\"")),
                api("API GET /api/reviews?limit=25", "director", null, name -> list(name, "/liaison/api/reviews?limit=25")),
                page("page /reviews/index", "director", DESKTOP, null,
                        name -> page(name, "/liaison/reviews/index", "id=\"reviews:table\"")),
                api("API GET /api/bulletins?limit=25", "director", null, name -> list(name, "/liaison/api/bulletins?limit=25")),
                page("page /bulletins/index", "director", DESKTOP, null,
                        name -> page(name, "/liaison/bulletins/index", "id=\"bulletins:table\"")),
                // Managers searching the agency directory and opening an agency.
                api("API GET /api/agencies?limit=25 (manager)", "manager", null,
                        name -> list(name, "/liaison/api/agencies?limit=25")),
                page("page /agencies/index", "manager", DESKTOP, null,
                        name -> page(name, "/liaison/agencies/index", "id=\"agencies:table\"")),
                api("API GET /api/agencies?name=…&limit=25 (manager)", "manager", null, name -> exec(pickSearch())
                        .exec(basic(http(name).get("/liaison/api/agencies?limit=25&name=#{search}"), "manager")
                                .check(status().is(200), jsonPath("$.total").exists()))),
                page("ajax agency search (agencies/index)", "manager", DESKTOP,
                        exec(http(SETUP + "agencies page before searching").get("/liaison/agencies/index")
                                .check(status().is(200), form("#agencies").saveAs("searchForm"), nonce())),
                        name -> exec(pickSearch()).exec(http(name).post("/liaison/agencies/index")
                                .header("Faces-Request", "partial/ajax")
                                .header("X-Requested-With", "XMLHttpRequest")
                                .formParamMap(LiaisonSimulation::searchParameters)
                                .check(status().is(200), substring("<partial-response"),
                                        substring("id=\"agencies:table\""), substring("<error>").notExists(),
                                        regex("jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>")
                                                .optional().saveAs("ajaxViewState")))),
                api("API GET /api/agencies/{id} (manager)", "manager", managersRelationships(), name -> exec(pickRelationship())
                        .exec(basic(http(name).get("/liaison/api/agencies/#{agencyId}"), "manager")
                                .check(status().is(200), jsonPath("$.name").exists()))),
                page("page /agencies/view?id=…", "manager", DESKTOP, managersRelationships(), name -> exec(pickRelationship())
                        .exec(page(name, "/liaison/agencies/view?id=#{agencyId}", "id=\"h-people\""))),
                // Officers on shift, on a phone, opening who-to-call.
                api("API GET /api/relationships/who-to-call (officer)", "officer",
                        exec(basic(http(SETUP + "officer's facility").get("/liaison/api/facilities?limit=1"), "officer")
                                .check(status().is(200), jsonPath("$.items[0].id").saveAs("facilityId"))),
                        name -> exec(basic(http(name).get("/liaison/api/relationships/who-to-call?facilityId=#{facilityId}"),
                                "officer").check(status().is(200), jsonPath("$.items[0]").exists()))),
                page("page /who-to-call (officer, phone)", "officer", PHONE, null,
                        name -> page(name, "/liaison/who-to-call", "id=\"calls:cards\"")));

        List<PopulationBuilder> populations = new ArrayList<>();
        servers.forEach((scale, base) -> populations.add(primeAccounts(scale, base)));
        Pattern only = Pattern.compile(System.getProperty("benchmark.only", ""));
        List<Phase> chosen = phases.stream().filter(phase -> only.matcher(phase.name()).find()).toList();
        // Each request on every scale back to back, the order turning round at every request (1, 10, 10, 1, 1, 10 …),
        // so that a scale is never always the first or the second of a pair while the machine's load drifts.
        List<Integer> scales = new ArrayList<>(servers.keySet());
        for (Phase phase : chosen) {
            for (int scale : scales) {
                populations.add(phase.population(scale, protocol(servers.get(scale))));
            }
            java.util.Collections.reverse(scales);
        }
        PopulationBuilder chain = populations.get(populations.size() - 1);
        for (int i = populations.size() - 2; i >= 0; i--) {
            chain = populations.get(i).andThen(chain); // one phase after the other, in the order above
        }
        setUp(chain);
    }

    private static HttpProtocolBuilder protocol(String base) {
        return http.baseUrl(base)
                .disableWarmUp() // Gatling's default warm-up calls a public web site: never from here
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .acceptLanguageHeader("en-US,en;q=0.9")
                .userAgentHeader(DESKTOP)
                .shareConnections(); // like wrk: a pool of keep-alive connections, not one per virtual user
    }

    /** The name a request is measured under on one scale's server. */
    static String onScale(int scale, String request) {
        return "[scale " + scale + "] " + request;
    }

    private static Map<Integer, String> servers(String list) {
        Map<Integer, String> servers = new java.util.LinkedHashMap<>();
        for (String entry : list.split(",")) {
            String[] scaleAndBase = entry.split("=", 2);
            servers.put(Integer.valueOf(scaleAndBase[0].trim()), scaleAndBase[1].trim());
        }
        return servers;
    }

    @Override
    public void after() {
        String file = System.getProperty("benchmark.resultsFile");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), Measurements.tsv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One phase: who, how they get ready, and the one step they repeat. */
    private record Phase(String name, ChainBuilder prepare, Function<String, ChainBuilder> step, int users,
            Duration warmup, Duration measured) {

        PopulationBuilder population(int scale, HttpProtocolBuilder protocol) {
            String name = onScale(scale, this.name);
            Measurements.declare(name);
            // The phase's clock starts when its first user is ready: warm-up, then the measured window. Users that
            // are ready later join the loop as soon as they are; a user whose preparation failed leaves (and is
            // counted), it never holds the others up.
            ChainBuilder run = prepare.exitHereIfFailed()
                    .exec(session -> {
                        Measurements.join(name, users, warmup, measured);
                        return session;
                    })
                    .asLongAs(session -> Measurements.running(name)).on(
                            exec(session -> session.set("startedAt", System.nanoTime())
                                    .set("requestName", Measurements.measuring(name) ? name : WARMUP + name))
                                    .exec(step.apply("#{requestName}"))
                                    .exec(session -> {
                                        Measurements.record(name, session.getLong("startedAt"), System.nanoTime(),
                                                session.isFailed());
                                        return session.markAsSucceeded();
                                    }));
            return scenario(name).exec(run).injectOpen(atOnceUsers(users)).protocols(protocol);
        }
    }

    /**
     * One API call per account, one after the other, before any load. Liaison answers 500 when the very first
     * sign-ins of an account arrive concurrently (both try to create its login-throttle row; see the benchmark
     * notes in README): the benchmark measures steady state, so it signs each account in once first.
     */
    private PopulationBuilder primeAccounts(int scale, String base) {
        ChainBuilder calls = exec(session -> session);
        for (String account : List.of("director", "manager", "officer")) {
            calls = calls.exec(basic(http(SETUP + "first sign-in of " + account).get("/liaison/api/facilities?limit=1"),
                    account).check(status().is(200)));
        }
        return scenario(onScale(scale, "setup: first sign-in of each account")).exec(calls)
                .injectOpen(atOnceUsers(1)).protocols(protocol(base));
    }

    private Phase api(String name, String user, ChainBuilder prepare, Function<String, ChainBuilder> step) {
        ChainBuilder ready = exec(session -> session.set("apiUser", user));
        return new Phase(name, prepare == null ? ready : ready.exec(prepare), step, users, warmup, measured);
    }

    private Phase page(String name, String user, String userAgent, ChainBuilder prepare,
            Function<String, ChainBuilder> step) {
        ChainBuilder ready = signIn(user, userAgent);
        if (prepare != null) {
            ready = ready.exec(prepare);
        }
        return new Phase(name, ready, step, users, warmup, measured);
    }

    /** The sign-in form as a browser posts it: every field of the form, with its view state, plus the button. */
    private ChainBuilder signIn(String user, String userAgent) {
        return exec(session -> session.set("userAgent", userAgent))
                .exec(http(SETUP + "sign-in page").get("/liaison/login").header("User-Agent", "#{userAgent}")
                        .check(status().is(200), form("#login").saveAs("loginForm")))
                .exec(http(SETUP + "sign in (form post)").post("/liaison/login").header("User-Agent", "#{userAgent}")
                        .formParamMap(session -> {
                            Map<String, Object> fields = new HashMap<>(session.getMap("loginForm"));
                            fields.put("login:username", user);
                            fields.put("login:password", password);
                            fields.put("login:submit", "");
                            return fields;
                        })
                        .disableFollowRedirect()
                        // Back to the sign-in page means refused; anywhere else means signed in.
                        .check(status().is(302), header("Location").transform(l -> l.contains("/login")).is(false)))
                .exitHereIfFailed();
    }

    /** A page as a signed-in user gets it: 200, the page's own content, and not the sign-in form. */
    private static ChainBuilder page(String name, String path, String marker) {
        return exec(http(name).get(path).header("User-Agent", "#{userAgent}")
                .check(status().is(200), substring(marker), css("form#signout").exists(),
                        css("form#login").notExists()));
    }

    private ChainBuilder list(String name, String path) {
        return exec(basic(http(name).get(path), null).check(status().is(200), jsonPath("$.items").exists(),
                jsonPath("$.total").exists()));
    }

    private HttpRequestActionBuilder basic(HttpRequestActionBuilder request, String user) {
        return request.basicAuth(user == null ? "#{apiUser}" : user, password)
                .header("Accept", "application/json");
    }

    /** The manager's own relationships (facility and agency ids), read once per virtual user through the API. */
    private ChainBuilder managersRelationships() {
        return exec(basic(http(SETUP + "manager's relationships").get("/liaison/api/relationships?limit=50"), "manager")
                .check(status().is(200), jsonPath("$.items[*].facilityId").ofLong().findAll().saveAs("facilityIds"),
                        jsonPath("$.items[*].agencyId").ofLong().findAll().saveAs("agencyIds")));
    }

    private static Function<Session, Session> pickRelationship() {
        return session -> {
            List<Long> facilities = session.getList("facilityIds");
            List<Long> agencies = session.getList("agencyIds");
            int i = ThreadLocalRandom.current().nextInt(agencies.size());
            return session.set("facilityId", facilities.get(i)).set("agencyId", agencies.get(i));
        };
    }

    private static Function<Session, Session> pickSearch() {
        return session -> session.set("search", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size())));
    }

    /** PrimeFaces with CSP sends the page's nonce with every ajax request; without it the server answers 500. */
    private static io.gatling.javaapi.core.CheckBuilder nonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce");
    }

    /** What PrimeFaces' JavaScript posts for the search button: the form's fields plus the ajax parameters. */
    private static Map<String, Object> searchParameters(Session session) {
        Map<String, Object> fields = new HashMap<>(session.getMap("searchForm"));
        fields.put("agencies:name", session.getString("search"));
        fields.put("agencies:type_input", "");
        fields.put("agencies:jurisdiction", "");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "agencies:search");
        fields.put("jakarta.faces.partial.execute", "agencies");
        fields.put("jakarta.faces.partial.render", "agencies:table");
        fields.put("agencies:search", "agencies:search");
        fields.put("primefaces.nonce", session.getString("nonce"));
        if (session.contains("ajaxViewState")) {
            fields.put("jakarta.faces.ViewState", session.getString("ajaxViewState"));
        }
        return fields;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is required (set by Benchmark)");
        }
        return value;
    }
}
