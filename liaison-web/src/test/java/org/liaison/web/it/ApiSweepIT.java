package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.Http.Client;
import org.liaison.web.it.Http.Reply;

/**
 * Every operation the OpenAPI document lists, sent what a careless or hostile caller sends: ids that are words, huge,
 * negative or zero, query parameters that are not numbers, dates or known values, bodies that are not JSON objects. Each
 * answer is a 4xx problem document (the role check, one validation, absent), never a 5xx, and none hangs (the client
 * gives up after 20 s). The document is the list, so an endpoint added later is swept without touching this test.
 *
 * <p>Nothing here can change data: a write is sent only with an id no record has, or with a body that cannot be read.
 */
@RunAsClient
class ApiSweepIT extends ApiTest {

    private static final List<String> ODD_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "1.5",
            "2026-13-45", "'\"<x>", "");
    private static final List<String> UNREADABLE_VALUES = List.of("abc", "2026-13-45", "'\"<x>",
            "99999999999999999999");
    private static final List<String> UNREADABLE_BODIES = List.of("{\"title\":", "[1]", "\"text\"", "{\"version\":[]}");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");

    @Test
    void noOperationAnswersAServerErrorToOddIdsParametersOrBodies() {
        OpenAPI api = document();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String role : List.of("admin", "manager", "partner")) {
            Client caller = demo.as(role);
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation
                        : path.getValue().readOperationsMap().entrySet()) {
                    for (Reply reply : sweep(caller, path.getKey(), operation.getKey().name(), operation.getValue())) {
                        sent++;
                        check(role, reply, wrong);
                    }
                }
            }
        }
        assertTrue(sent > 500, "the document lists the API: " + sent + " requests");
        assertEquals(List.of(), wrong, wrong.size() + " of " + sent + " answers were wrong");
    }

    @Test
    void anAnonymousCallerGetsNoServerErrorEither() {
        OpenAPI api = document();
        List<String> wrong = new ArrayList<>();
        Client anonymous = demo.http.anonymous();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                sweep(anonymous, path, method.name(), operation).forEach(reply -> {
                    if (reply.status() >= 500) {
                        wrong.add("anonymous: " + reply);
                    }
                })));
        assertEquals(List.of(), wrong);
    }

    /**
     * The reads below one real record (its engagements, versions, registrations, an export), with odd query
     * parameters: the record is the first its collection lists to the administrator, so the parameters are read.
     */
    @Test
    void readsOfARealRecordAnswerOddParametersWithoutAServerError() {
        OpenAPI api = document();
        Client admin = demo.as("admin");
        List<String> wrong = new ArrayList<>();
        List<String> swept = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            Operation read = item.getGet();
            String template = path.substring(path.indexOf("/api/"));
            List<String> names = queryParameters(read);
            int at = template.indexOf("/{id}");
            if (read == null || names.isEmpty() || at < 0 || template.indexOf('{', at + "/{id}".length()) >= 0) {
                return;
            }
            Long id = firstListed(admin, template.substring(0, at));
            if (id == null) {
                return;
            }
            swept.add(template);
            String target = template.replace("{id}", id.toString());
            for (String odd : ODD_VALUES) {
                for (String name : names) {
                    check("admin", admin.get(target + "?" + name + "=" + encode(odd)), wrong);
                }
            }
        });
        assertTrue(swept.size() >= 5, "reads below a record were swept: " + swept);
        assertEquals(List.of(), wrong, wrong.size() + " answers were wrong; swept " + swept);
    }

    private OpenAPI document() {
        return new OpenAPIV3Parser().readContents(demo.http.anonymous().getRoot("/openapi").body(), null, null)
                .getOpenAPI();
    }

    private static List<String> queryParameters(Operation operation) {
        return operation == null || operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                .filter(p -> "query".equals(p.getIn())).map(Parameter::getName).collect(Collectors.toList());
    }

    /** The id of the first record the collection lists, or null when it lists none (or is not a list). */
    private static Long firstListed(Client caller, String collection) {
        Reply list = caller.get(collection + "?limit=1");
        if (list.status() != 200 || !list.body().startsWith("{")) {
            return null;
        }
        JsonObject page = list.json();
        if (!page.containsKey("items") || page.getJsonArray("items").isEmpty()) {
            return null;
        }
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        return first.containsKey("id") ? first.getJsonNumber("id").longValue() : null;
    }

    /** The odd requests for one operation: odd ids in its path; for a read, odd query parameters too. */
    private static List<Reply> sweep(Client caller, String path, String method, Operation operation) {
        String api = path.substring(path.indexOf("/api/"));
        boolean write = !"GET".equals(method) && !"HEAD".equals(method);
        boolean takesBody = operation.getRequestBody() != null;
        List<Reply> replies = new ArrayList<>();
        if (PATH_PARAMETER.matcher(api).find()) {
            for (String odd : ODD_VALUES) {
                String target = PATH_PARAMETER.matcher(api).replaceAll(Matcher.quoteReplacement(
                        odd.isEmpty() ? "%20" : encode(odd)));
                replies.add(write ? send(caller, method, target, takesBody ? "{\"version\":0}" : null)
                        : caller.get(target));
            }
        } else if (write && takesBody) {
            for (String body : UNREADABLE_BODIES) {
                replies.add(send(caller, method, api, body));
            }
        }
        List<String> names = queryParameters(operation);
        if (write && !takesBody && !PATH_PARAMETER.matcher(api).find()) {
            // a command such as running the reminders: only values no parameter reads, so that nothing runs
            for (String odd : UNREADABLE_VALUES) {
                for (String name : names) {
                    replies.add(send(caller, method, api + "?" + name + "=" + encode(odd), null));
                }
            }
        }
        if (!write && !PATH_PARAMETER.matcher(api).find()) {
            for (String odd : ODD_VALUES) {
                for (String name : names) {
                    replies.add(caller.get(api + "?" + name + "=" + encode(odd)));
                }
                if (!names.isEmpty()) {
                    replies.add(caller.get(api + "?" + names.stream().map(n -> n + "=" + encode(odd))
                            .collect(Collectors.joining("&"))));
                }
            }
        }
        return replies;
    }

    private static Reply send(Client caller, String method, String path, String json) {
        return caller.sendRaw(method, path, json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** A server error, or a refusal that is not a problem document, is wrong. */
    private static void check(String role, Reply reply, List<String> wrong) {
        if (reply.status() >= 500) {
            wrong.add(role + ": " + reply);
        } else if (reply.status() >= 400 && !Http.PROBLEM_JSON.equals(reply.mediaType())) {
            wrong.add(role + " (not a problem document): " + reply);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
