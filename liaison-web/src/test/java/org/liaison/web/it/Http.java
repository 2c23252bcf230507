package org.liaison.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests: talks to the deployed Liaison on 127.0.0.1, as a named user with HTTP Basic
 * (the API) or with a session cookie after signing in on the login page (pages). Redirects are not followed, so
 * tests see exactly what the server answered.
 */
final class Http {

    static final String PROBLEM_JSON = "application/problem+json";

    private final URI server;
    /** Shared by every Basic-authenticated client: HTTP Basic keeps no state between calls. */
    private final HttpClient stateless = newClient(null);

    /** @param deployed the URL Arquillian reports, whose host may be the machine's external address */
    Http(URL deployed) {
        this.server = URI.create("http://127.0.0.1:" + deployed.getPort());
    }

    /** A path at the server root, e.g. /health/ready. */
    URI root(String path) {
        return server.resolve(path);
    }

    /** A path inside the application, e.g. /api/agencies. */
    URI app(String path) {
        return server.resolve("/liaison" + path);
    }

    Client anonymous() {
        return new Client(this, null, null, stateless);
    }

    Client as(String username, String password) {
        return new Client(this, username, password, stateless);
    }

    /** A client that keeps cookies, like a browser, without signing in. */
    Client browser() {
        return new Client(this, null, null, newClient(new CookieManager()));
    }

    /** Signs in on the login page like a person would; the client then carries the session cookie. */
    Client signedIn(String username, String password) {
        CookieManager cookies = new CookieManager();
        Client browser = new Client(this, null, null, newClient(cookies));
        Reply form = browser.send("GET", app("/login"), null, Map.of());
        Matcher action = FORM_ACTION.matcher(form.body());
        if (form.status() != 200 || !action.find()) {
            throw new IllegalStateException("No sign-in form: " + form);
        }
        Map<String, String> fields = hiddenFields(form.body());
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        Reply signedIn = browser.sendForm(server.resolve(action.group(1).replace("&amp;", "&")), fields);
        if (signedIn.status() != 302) {
            throw new IllegalStateException("Signing in as " + username + " answered " + signedIn.status());
        }
        return browser;
    }

    private static HttpClient newClient(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w:.-]*)=\"([^\"]*)\"");

    /** The hidden inputs of a Faces page (view state, form id, hidden values). */
    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
            }
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        return fields;
    }

    /** One user's view of the server. */
    record Client(Http http, String username, String password, HttpClient client) {

        Reply get(String path, String... headers) {
            return send("GET", http.app(path), null, pairs(headers));
        }

        Reply getRoot(String path) {
            return send("GET", http.root(path), null, Map.of());
        }

        Reply post(String path, JsonObject body, String... headers) {
            return send("POST", http.app(path), body == null ? "" : body.toString(), pairs(headers));
        }

        Reply put(String path, JsonObject body, String... headers) {
            return send("PUT", http.app(path), body == null ? "" : body.toString(), pairs(headers));
        }

        Reply send(String method, URI uri, String json, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json, text/html;q=0.9, */*;q=0.1");
            if (username != null) {
                String pair = username + ":" + password;
                request.header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(request::header);
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json");
                request.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            return exchange(request.build());
        }

        /** Any bytes with any content type (null: no Content-Type header), for tests of what the API refuses. */
        Reply sendRaw(String method, String path, String contentType, byte[] body, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(http.app(path)).timeout(Duration.ofSeconds(20))
                    .header("Accept", "application/json, application/problem+json");
            if (username != null) {
                String pair = username + ":" + password;
                request.header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            pairs(headers).forEach(request::header);
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            return exchange(request.build());
        }

        Reply sendForm(URI uri, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return exchange(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private Reply exchange(HttpRequest request) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Reply(request.method() + " " + request.uri(), response.statusCode(), response.headers(),
                        response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static Map<String, String> pairs(String... headers) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                map.put(headers[i], headers[i + 1]);
            }
            return map;
        }
    }

    /** What the server answered. */
    record Reply(String request, int status, HttpHeaders headers, String body) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String mediaType() {
            return header("Content-Type").map(t -> t.split(";")[0].trim()).orElse("");
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError(this + " is not a JSON object", e);
            }
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
        }
    }
}
