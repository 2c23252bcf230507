package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;

/**
 * Every page, opened by each kind of user with each of its view parameters set to what a hand-edited or truncated
 * link carries: a word, a huge number, a negative one, a date that does not exist, markup, nothing. Each answers
 * without a server error (the page, a 404, a redirect), and none hangs. The pages and their parameters are read from
 * the page sources, so a page added later is swept without touching this test; the browser crawl (PageCrawlIT) looks at
 * what the good links show.
 */
@RunAsClient
class PageSweepIT extends ApiTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern VIEW_PARAMETER = Pattern.compile("<[fo]:viewParam[^>]*name=\"([^\"]+)\"");
    private static final List<String> ODD_VALUES = List.of("abc", "-1", "99999999999999999999", "2026-13-45",
            "'\"<x>", "");

    @Test
    void noPageAnswersAServerErrorToOddParameters() {
        Map<String, List<String>> pages = pagesAndParameters();
        assertTrue(pages.size() > 40, "the page sources were found: " + pages.keySet());
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String role : List.of("admin", "manager", "officer", "partner")) {
            Client person = demo.http.signedIn(role, ApiFixture.PASSWORD);
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                for (String parameter : page.getValue()) {
                    for (String odd : ODD_VALUES) {
                        Reply reply = person.get(page.getKey() + "?" + parameter + "="
                                + URLEncoder.encode(odd, StandardCharsets.UTF_8).replace("+", "%20"));
                        sent++;
                        if (reply.status() >= 500) {
                            wrong.add(role + ": " + reply.request() + " -> " + reply.status());
                        }
                    }
                }
            }
        }
        assertTrue(sent > 400, sent + " requests");
        assertEquals(List.of(), wrong, wrong.size() + " of " + sent + " answers were server errors");
    }

    /** Each page's address (without .xhtml) and the names of its view parameters. */
    private static Map<String, List<String>> pagesAndParameters() {
        try (Stream<Path> files = Files.walk(PAGES)) {
            Map<String, List<String>> pages = new LinkedHashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> !PAGES.relativize(f).startsWith("WEB-INF")).sorted().collect(Collectors.toList())) {
                String address = "/" + PAGES.relativize(file).toString().replace('\\', '/').replace(".xhtml", "");
                TreeSet<String> names = new TreeSet<>();
                Matcher parameter = VIEW_PARAMETER.matcher(Files.readString(file));
                while (parameter.find()) {
                    names.add(parameter.group(1));
                }
                pages.put(address, new ArrayList<>(names));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
