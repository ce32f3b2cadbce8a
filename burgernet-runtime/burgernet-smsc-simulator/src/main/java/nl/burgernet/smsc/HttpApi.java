package nl.burgernet.smsc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The simulator's JSON API on 127.0.0.1, for the demo phone page and the portal's integration tests:
 *
 * <ul>
 *   <li>{@code GET /numbers}: every number that received something, with how many messages;
 *   <li>{@code GET /messages?number=+316…}: what that number received and answered, oldest first;
 *   <li>{@code POST /reply} with {@code from} and {@code text} (JSON object or form fields): the resident answers;
 *   <li>{@code POST /drop}: every SMPP connection is dropped.
 * </ul>
 */
final class HttpApi {

    private final SmscSimulator simulator;
    private final HttpServer server;

    HttpApi(SmscSimulator simulator, int port) throws IOException {
        this.simulator = simulator;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 20);
        server.setExecutor(Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "smsc-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/numbers", exchange -> answer(exchange, "GET", this::numbers));
        server.createContext("/messages", exchange -> answer(exchange, "GET", this::messages));
        server.createContext("/reply", exchange -> answer(exchange, "POST", this::reply));
        server.createContext("/drop", exchange -> answer(exchange, "POST", e -> dropped()));
    }

    HttpApi start() {
        server.start();
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private interface Handler {
        Response handle(HttpExchange exchange) throws IOException;
    }

    private record Response(int status, String json) {}

    private static void answer(HttpExchange exchange, String method, Handler handler) throws IOException {
        try (exchange) {
            Response response;
            if (!method.equals(exchange.getRequestMethod())) {
                response = new Response(405, Json.object(Map.of("error", "use " + method)));
            } else {
                try {
                    response = handler.handle(exchange);
                } catch (IllegalArgumentException e) {
                    response = new Response(400, Json.object(Map.of("error", e.getMessage())));
                }
            }
            byte[] body = response.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Response numbers(HttpExchange exchange) {
        List<String> entries = simulator.numbers().stream()
                .map(number -> Json.object(ordered(
                        "number",
                        number,
                        "messages",
                        simulator.messagesTo(number).size())))
                .toList();
        return new Response(200, Json.array(entries));
    }

    private Response messages(HttpExchange exchange) {
        String number = number(query(exchange).get("number"));
        List<Json.Raw> received = simulator.messagesTo(number).stream()
                .map(sms -> new Json.Raw(Json.object(ordered(
                        "direction", "received",
                        "from", sms.sourceAddress(),
                        "text", sms.text(),
                        "parts", sms.parts(),
                        "encoding", sms.encoding(),
                        "state", sms.state(),
                        "messageIds", sms.messageIds(),
                        "at", sms.at().toString()))))
                .toList();
        List<Json.Raw> answered = simulator.replies().stream()
                .filter(reply -> reply.from().equals(number))
                .map(reply -> new Json.Raw(Json.object(ordered(
                        "direction", "sent",
                        "to", reply.to(),
                        "text", reply.text(),
                        "parts", reply.parts(),
                        "at", reply.at().toString()))))
                .toList();
        return new Response(200, Json.object(ordered("number", number, "received", received, "sent", answered)));
    }

    private Response reply(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> fields = type != null && type.startsWith("application/x-www-form-urlencoded")
                ? form(body)
                : Json.parseFlatObject(body);
        String from = number(fields.get("from"));
        String text = fields.get("text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an answer needs a text");
        }
        simulator.reply(from, text);
        return new Response(202, Json.object(ordered("from", from, "text", text, "status", "on its way")));
    }

    private Response dropped() {
        return new Response(200, Json.object(Map.of("dropped", simulator.dropConnections())));
    }

    /** A number in E.164; a '+' that became a space in a query string is put back. */
    private static String number(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("give the number, e.g. +31612345678");
        }
        String number = value.strip();
        if (number.matches("[0-9]{7,15}")) {
            number = "+" + number;
        }
        if (!number.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException(value + " is not a number in E.164, e.g. +31612345678");
        }
        return number;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? Map.of() : form(raw);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameValue = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** Just enough JSON for this API: writing objects, arrays and strings, reading one flat object of strings. */
    static final class Json {
        private Json() {}

        static String object(Map<String, ?> fields) {
            return fields.entrySet().stream()
                    .map(e -> string(e.getKey()) + ":" + value(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }

        static String array(List<String> jsonValues) {
            return String.join(",", jsonValues).transform(s -> "[" + s + "]");
        }

        /** JSON that is already written, to put inside other JSON as it is. */
        record Raw(String json) {}

        private static String value(Object value) {
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            if (value instanceof Raw raw) {
                return raw.json();
            }
            if (value instanceof List<?> list) {
                return array(list.stream().map(Json::value).toList());
            }
            return string(String.valueOf(value));
        }

        static String string(String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        /** Reads {@code {"name": "value", ...}}; values that are not strings are read as their text. */
        static Map<String, String> parseFlatObject(String json) {
            Map<String, String> fields = new HashMap<>();
            int[] at = {skipSpace(json, 0)};
            expect(json, at, '{');
            while (true) {
                at[0] = skipSpace(json, at[0]);
                if (at[0] < json.length() && json.charAt(at[0]) == '}') {
                    return fields;
                }
                String name = readString(json, at);
                at[0] = skipSpace(json, at[0]);
                expect(json, at, ':');
                at[0] = skipSpace(json, at[0]);
                String value;
                if (at[0] < json.length() && json.charAt(at[0]) == '"') {
                    value = readString(json, at);
                } else {
                    int end = at[0];
                    while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
                        end++;
                    }
                    value = json.substring(at[0], end).strip();
                    at[0] = end;
                }
                fields.put(name, value);
                at[0] = skipSpace(json, at[0]);
                if (at[0] < json.length() && json.charAt(at[0]) == ',') {
                    at[0]++;
                }
            }
        }

        private static String readString(String json, int[] at) {
            expect(json, at, '"');
            StringBuilder out = new StringBuilder();
            while (at[0] < json.length()) {
                char c = json.charAt(at[0]++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' && at[0] < json.length()) {
                    char escaped = json.charAt(at[0]++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(json.substring(at[0], at[0] + 4), 16));
                            at[0] += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            throw new IllegalArgumentException("unterminated string in the JSON body");
        }

        private static void expect(String json, int[] at, char c) {
            if (at[0] >= json.length() || json.charAt(at[0]) != c) {
                throw new IllegalArgumentException("the body is not a JSON object with string fields");
            }
            at[0]++;
        }

        private static int skipSpace(String json, int at) {
            while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
                at++;
            }
            return at;
        }
    }
}
