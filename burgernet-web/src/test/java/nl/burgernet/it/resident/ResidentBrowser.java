package nl.burgernet.it.resident;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A resident's browser without JavaScript: keeps its cookies, asks for one language, and submits a page's form the
 * way a browser does: every field with its current value (checked boxes only, the selected option), the pressed
 * button, and the changes the test types in.
 */
final class ResidentBrowser {

    /** As a typed value: the box is not ticked (a browser then sends nothing for it). */
    static final String UNTICKED = "\u0000unticked";

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

    private final URI base;
    private final String language;
    private final HttpClient http;

    ResidentBrowser(URI base, String language) {
        this.base = base;
        this.language = language;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(request(base.resolve(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits form {@code formId} of {@code page} with button {@code button} (its id without the form prefix). */
    HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> typed)
            throws Exception {
        String html = page.body();
        Matcher form = Pattern.compile(
                        "<form\\b([^>]*)id=\"" + Pattern.quote(formId) + "\"([^>]*)>(.*?)</form>", Pattern.DOTALL)
                .matcher(html);
        if (!form.find()) {
            throw new AssertionError("No form " + formId + " on the page:\n" + html);
        }
        String action = attributes(form.group(1) + form.group(2)).get("action");
        Map<String, String> fields = fields(form.group(3));
        fields.put(formId + ":" + button, "pressed");
        typed.forEach((name, value) -> {
            if (UNTICKED.equals(value)) {
                fields.remove(formId + ":" + name);
            } else {
                fields.put(formId + ":" + name, value);
            }
        });
        return post(page.uri().resolve(unescape(action)), fields);
    }

    HttpResponse<String> post(URI uri, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                request(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept-Language", language);
    }

    private static Map<String, String> fields(String formHtml) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher inputs = INPUT.matcher(formHtml);
        while (inputs.find()) {
            Map<String, String> a = attributes(inputs.group());
            String type = a.getOrDefault("type", "text");
            String name = a.get("name");
            if (name == null || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if (type.equals("checkbox") || type.equals("radio")) {
                if (a.containsKey("checked")) {
                    fields.put(name, a.getOrDefault("value", "on"));
                }
                continue;
            }
            fields.put(name, unescape(a.getOrDefault("value", "")));
        }
        Matcher selects = SELECT.matcher(formHtml);
        while (selects.find()) {
            String name = attributes(selects.group(1)).get("name");
            String chosen = null;
            Matcher options = OPTION.matcher(selects.group(2));
            while (options.find()) {
                Map<String, String> o = attributes(options.group(1));
                if (chosen == null || o.containsKey("selected")) {
                    chosen = unescape(o.getOrDefault("value", ""));
                }
                if (o.containsKey("selected")) {
                    break;
                }
            }
            fields.put(name, chosen == null ? "" : chosen);
        }
        return fields;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        return a;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
