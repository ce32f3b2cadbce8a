package nl.burgernet.interfaces.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's phones: what the SMSC simulator that {@code ./burgernet run} starts received for each number, and
 * answers sent back as that number, through the simulator's HTTP API ({@code burgernet.demo.smsc-api}). Like the
 * demo mailbox it exists only in the demo: a real SMSC shows nobody what a resident received.
 */
@ApplicationScoped
public class DemoPhone {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "burgernet.demo.smsc-api")
    Optional<String> apiUrl;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Whether a simulator was started with the portal. */
    public boolean isAvailable() {
        return apiUrl.filter(u -> !u.isBlank()).isPresent();
    }

    /** Every number that received something, with how many messages. */
    public List<Phone> phones() throws IOException, InterruptedException {
        JsonArray all = Json.createReader(new StringReader(get("/numbers"))).readArray();
        List<Phone> phones = new ArrayList<>();
        for (JsonValue v : all) {
            JsonObject o = v.asJsonObject();
            phones.add(new Phone(o.getString("number"), o.getInt("messages")));
        }
        return phones;
    }

    /** What a number received and answered, newest first. */
    public List<Sms> conversation(String number) throws IOException, InterruptedException {
        JsonObject o = Json.createReader(
                        new StringReader(get("/messages?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8))))
                .readObject();
        List<Sms> messages = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("received")) {
            JsonObject m = v.asJsonObject();
            messages.add(new Sms(
                    true,
                    m.getString("from", ""),
                    m.getString("text", ""),
                    m.getInt("parts", 1),
                    m.getString("encoding", ""),
                    m.getString("state", ""),
                    m.getString("at", "")));
        }
        for (JsonValue v : o.getJsonArray("sent")) {
            JsonObject m = v.asJsonObject();
            messages.add(new Sms(
                    false,
                    m.getString("to", ""),
                    m.getString("text", ""),
                    m.getInt("parts", 1),
                    "",
                    "",
                    m.getString("at", "")));
        }
        messages.sort(Comparator.comparing(Sms::at).reversed());
        return messages;
    }

    /** Sends an answer as the number, as the resident's phone would. */
    public void answer(String number, String text) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder()
                .add("from", number)
                .add("text", text)
                .build()
                .toString();
        HttpResponse<String> response = http.send(
                request("/reply")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("The demo phone refused the answer: " + response.body());
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("The demo phone answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        String base = apiUrl.orElseThrow(() -> new IllegalStateException("No demo phone in this portal"));
        return HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + path))
                .timeout(TIMEOUT);
    }

    /** A number that received messages. */
    public record Phone(String number, int messages) implements Serializable {}

    /**
     * One message on a demo phone.
     *
     * @param received true for what the portal sent to the phone, false for the resident's answer
     * @param other the sender (received) or the number answered to (sent)
     * @param state the SMSC's state of a received message (e.g. DELIVERED); empty for answers
     */
    public record Sms(boolean received, String other, String text, int parts, String encoding, String state, String at)
            implements Serializable {}
}
