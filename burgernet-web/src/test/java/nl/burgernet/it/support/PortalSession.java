package nl.burgernet.it.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logged-in HTTP session, as a browser has one: it fills in the real login form (with its Faces view state) and
 * keeps the session cookie for the requests that follow.
 */
public final class PortalSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    private PortalSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static PortalSession login(URI base, String username, String password) throws Exception {
        PortalSession session = new PortalSession(base);
        HttpResponse<String> form = session.get("login.xhtml");
        Matcher m = VIEW_STATE.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("No view state on the login page: " + form.body());
        }
        HttpResponse<String> posted = session.postForm(
                "login.xhtml",
                Map.of(
                        "loginForm",
                        "loginForm",
                        "loginForm:username",
                        username,
                        "loginForm:password",
                        password,
                        "loginForm:submit",
                        "",
                        "jakarta.faces.ViewState",
                        m.group(1)));
        if (posted.statusCode() != 302) {
            String why =
                    posted.body().contains("locked") || posted.body().contains("geblokkeerd") ? "locked" : "refused";
            throw new IllegalStateException("Login of " + username + " " + why + ": " + posted.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> putJson(String path, String json) throws Exception {
        return send("PUT", path, "application/json", json);
    }

    public HttpResponse<String> postJson(String path, String json) throws Exception {
        return send("POST", path, "application/json", json);
    }

    public HttpResponse<String> postCsv(String path, String csv) throws Exception {
        return send("POST", path, "text/csv; charset=UTF-8", csv);
    }

    public HttpResponse<String> delete(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
