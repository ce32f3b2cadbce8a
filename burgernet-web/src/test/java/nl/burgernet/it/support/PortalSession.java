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
    private final CookieManager cookies = new CookieManager();
    private final Map<String, String> headers;

    private PortalSession(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static PortalSession login(URI base, String username, String password) throws Exception {
        return loginWith(base, Map.of(), username, password);
    }

    /** Logs in sending these headers with every request (e.g. the X-Forwarded-For a proxy would add). */
    public static PortalSession loginWith(URI base, Map<String, String> headers, String username, String password)
            throws Exception {
        PortalSession session = new PortalSession(base, headers);
        HttpResponse<String> posted = session.submitLogin(username, password);
        if (posted.statusCode() != 302) {
            String why = posted.body().contains("Too many failed attempts")
                            || posted.body().contains("Te veel mislukte pogingen")
                    ? "throttled"
                    : "refused";
            throw new IllegalStateException("Login of " + username + " " + why + ": " + posted.statusCode());
        }
        return session;
    }

    /** A browser that has not logged in (yet), sending these headers with every request. */
    public static PortalSession anonymous(URI base, Map<String, String> headers) {
        return new PortalSession(base, headers);
    }

    /** Fills in and posts the login form; the answer is a 302 when the login succeeded, else the form again. */
    public HttpResponse<String> submitLogin(String username, String password) throws Exception {
        HttpResponse<String> form = get("login.xhtml");
        Matcher m = VIEW_STATE.matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("No view state on the login page: " + form.body());
        }
        return postForm(
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
    }

    /** The value of the session cookie this browser holds now, if any. */
    public java.util.Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
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

    /** As the portal's own scripts send one: with {@code X-Requested-With}, which no other site can add. */
    public HttpResponse<String> delete(String path) throws Exception {
        return http.send(
                request(path)
                        .header("X-Requested-With", "XMLHttpRequest")
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    /**
     * A request with any content type (null: none) and extra headers for this request only (name, value, ...), for the
     * tests of what the portal refuses.
     */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String... header)
            throws Exception {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < header.length; i += 2) {
            request.header(header[i], header[i + 1]);
        }
        return http.send(
                request.method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        headers.forEach(request::header);
        return request;
    }
}
