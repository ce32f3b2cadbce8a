package nl.burgernet.infrastructure.geo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeocodePrecision;
import nl.burgernet.domain.model.geo.GeocodedAddress;
import nl.burgernet.domain.model.geo.Geocoder;
import nl.burgernet.domain.model.geo.GeocodingUnavailableException;
import nl.burgernet.domain.model.geo.HouseNumber;
import nl.burgernet.domain.model.geo.HouseNumberSuffix;
import nl.burgernet.domain.model.geo.Postcode;
import nl.burgernet.domain.model.municipality.CbsCode;

/**
 * Geocodes with PDOK's public Locatieserver (the BAG, the national address register; free, no key). Asks the
 * {@code free} endpoint for addresses (type:adres) filtered on postcode and house number, and picks the one whose
 * house letter + addition equals the suffix. Every call is bounded by the timeout: a slow or broken PDOK gives a
 * {@link GeocodingUnavailableException}, never a hanging registration.
 */
public class PdokGeocoder implements Geocoder, AutoCloseable {

    /** The public service; the {@code free} endpoint is appended. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.pdok.nl/bzk/locatieserver/search/v3_1");

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** A building with flats can have dozens of additions on one number; 50 covers all but the largest blocks. */
    static final int ROWS = 50;

    private static final String FIELDS =
            "postcode,huisnummer,huisletter,huisnummertoevoeging,woonplaatsnaam,gemeentecode,centroide_ll";
    private static final Pattern POINT = Pattern.compile(
            "POINT\\s*\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s*\\)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final URI freeEndpoint;
    private final Duration timeout;

    public PdokGeocoder(URI baseUrl, Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String base = baseUrl.toString();
        this.freeEndpoint = URI.create((base.endsWith("/") ? base : base + "/") + "free");
    }

    @Override
    public Optional<GeocodedAddress> geocode(
            Postcode postcode, HouseNumber number, Optional<HouseNumberSuffix> suffix) {
        String what =
                postcode.display() + " " + number + suffix.map(s -> " " + s).orElse("");
        JsonObject answer = ask(requestUri(postcode, number, suffix), what);
        JsonArray docs = docs(answer, what);
        GeocodedAddress withoutSuffix = null;
        GeocodedAddress firstOnNumber = null;
        for (JsonValue value : docs) {
            if (!(value instanceof JsonObject doc)
                    || !postcode.value().equals(text(doc, "postcode"))
                    || !String.valueOf(number.value()).equals(text(doc, "huisnummer"))) {
                continue;
            }
            String docSuffix = (text(doc, "huisletter") + text(doc, "huisnummertoevoeging"))
                    .toUpperCase(Locale.ROOT)
                    .replaceAll("[^A-Z0-9]", "");
            if (suffix.isPresent() && suffix.get().value().equals(docSuffix)) {
                return Optional.of(located(doc, what));
            }
            if (suffix.isEmpty() && docSuffix.isEmpty() && withoutSuffix == null) {
                withoutSuffix = located(doc, what);
            }
            if (firstOnNumber == null) {
                firstOnNumber = located(doc, what);
            }
        }
        if (suffix.isPresent()) {
            return Optional.empty();
        }
        // "12" typed while the register only has 12A and 12B: the same building, close enough to target alerts.
        return Optional.ofNullable(withoutSuffix != null ? withoutSuffix : firstOnNumber);
    }

    URI requestUri(Postcode postcode, HouseNumber number, Optional<HouseNumberSuffix> suffix) {
        String q = postcode.value() + " " + number + suffix.map(s -> " " + s).orElse("");
        String query = "q=" + encode(q)
                + "&fq=" + encode("type:adres")
                + "&fq=" + encode("postcode:" + postcode.value())
                + "&fq=" + encode("huisnummer:" + number)
                + "&fl=" + encode(FIELDS)
                + "&rows=" + ROWS;
        return URI.create(freeEndpoint + "?" + query);
    }

    private JsonObject ask(URI uri, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        CompletableFuture<HttpResponse<String>> call =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            // The request timeout stops waiting for headers; this deadline also covers a body that trickles in.
            response = call.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new GeocodingUnavailableException(
                    "PDOK Locatieserver did not answer within " + timeout.toMillis() + " ms for " + what, e);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new GeocodingUnavailableException("Interrupted while asking PDOK Locatieserver for " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof HttpTimeoutException
                    ? "did not answer within " + timeout.toMillis() + " ms"
                    : "could not be reached (" + cause + ")";
            throw new GeocodingUnavailableException("PDOK Locatieserver " + reason + " for " + what, cause);
        }
        if (response.statusCode() != 200) {
            throw new GeocodingUnavailableException(
                    "PDOK Locatieserver answered HTTP " + response.statusCode() + " for " + what);
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new GeocodingUnavailableException(
                    "PDOK Locatieserver sent an unreadable answer (not a JSON object) for " + what, e);
        }
    }

    private static JsonArray docs(JsonObject answer, String what) {
        JsonValue response = answer.get("response");
        if (response instanceof JsonObject r && r.get("docs") instanceof JsonArray docs) {
            return docs;
        }
        throw new GeocodingUnavailableException(
                "PDOK Locatieserver's answer has no response.docs (format changed?) for " + what);
    }

    private static GeocodedAddress located(JsonObject doc, String what) {
        String point = text(doc, "centroide_ll");
        Matcher m = POINT.matcher(point);
        if (!m.matches()) {
            throw new GeocodingUnavailableException(
                    "PDOK Locatieserver gave no readable centroide_ll (\"" + point + "\") for " + what);
        }
        // WKT puts x (longitude) first.
        Coordinates coordinates = new Coordinates(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)));
        String code = text(doc, "gemeentecode");
        Optional<CbsCode> municipality =
                code.matches("\\d{4}") ? Optional.of(new CbsCode("GM" + code)) : Optional.empty();
        return new GeocodedAddress(coordinates, text(doc, "woonplaatsnaam"), municipality, GeocodePrecision.ADDRESS);
    }

    /** A field as text whether PDOK sends it as a string or a number; "" when absent. */
    private static String text(JsonObject doc, String field) {
        JsonValue value = doc.get(field);
        if (value instanceof JsonString s) {
            return s.getString().strip();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return "";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }
}
