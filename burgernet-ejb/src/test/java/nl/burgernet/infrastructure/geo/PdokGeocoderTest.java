package nl.burgernet.infrastructure.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.geo.GeocodePrecision;
import nl.burgernet.domain.model.geo.GeocodedAddress;
import nl.burgernet.domain.model.geo.GeocodingUnavailableException;
import nl.burgernet.domain.model.municipality.CbsCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the client against a local server that answers like the PDOK Locatieserver's free endpoint. */
class PdokGeocoderTest {

    private static final String TWO_DOORS_ON_12 =
            """
            {"response":{"numFound":2,"start":0,"maxScore":12.5,"numFoundExact":true,"docs":[
              {"type":"adres","weergavenaam":"Straatweg 12A, 3601AB Maarssen","postcode":"3601AB","huisnummer":12,
               "huisletter":"A","woonplaatsnaam":"Maarssen","gemeentecode":"0355","gemeentenaam":"Stichtse Vecht",
               "centroide_ll":"POINT(5.0401 52.1402)","centroide_rd":"POINT(131000 459000)"},
              {"type":"adres","weergavenaam":"Straatweg 12, 3601AB Maarssen","postcode":"3601AB","huisnummer":12,
               "woonplaatsnaam":"Maarssen","gemeentecode":"0355","centroide_ll":"POINT(5.04 52.1401)"},
              {"type":"adres","postcode":"3601AB","huisnummer":12,"huisletter":"B","huisnummertoevoeging":"1",
               "woonplaatsnaam":"Maarssen","gemeentecode":"0355","centroide_ll":"POINT(5.0403 52.1403)"}
            ]}}
            """;

    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService executor;
    private HttpServer server;
    private volatile int status = 200;
    private volatile String body = TWO_DOORS_ON_12;
    private volatile boolean stall;
    private volatile String lastQuery;
    private volatile String lastPath;
    private PdokGeocoder geocoder;

    @BeforeEach
    void startServer() throws IOException {
        executor = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
        // Generous: the build machine may be busy. The timeout test uses its own short one.
        geocoder = new PdokGeocoder(baseUrl(), Duration.ofSeconds(5));
    }

    private URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bzk/locatieserver/search/v3_1");
    }

    private void answer(HttpExchange exchange) throws IOException {
        lastPath = exchange.getRequestURI().getPath();
        lastQuery = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        if (stall) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        geocoder.close();
        server.stop(0);
        executor.shutdownNow();
    }

    private Optional<GeocodedAddress> geocode(String postcode, String number, String suffix) {
        return geocode(geocoder, postcode, number, suffix);
    }

    private static Optional<GeocodedAddress> geocode(
            PdokGeocoder geocoder, String postcode, String number, String suffix) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> geocoder.geocode(DutchAddress.parse(postcode, number, suffix)));
    }

    @Test
    void asksTheFreeEndpointForAddressesOnThatPostcodeAndNumber() {
        geocode("3601 ab", "12", "a");
        assertEquals("/bzk/locatieserver/search/v3_1/free", lastPath);
        assertTrue(lastQuery.contains("q=3601AB 12 A"), lastQuery);
        assertTrue(lastQuery.contains("fq=type:adres"), lastQuery);
        assertTrue(lastQuery.contains("fq=postcode:3601AB"), lastQuery);
        assertTrue(lastQuery.contains("fq=huisnummer:12"), lastQuery);
    }

    @Test
    void theDoorWithTheSameLetterIsChosen() {
        GeocodedAddress found = geocode("3601AB", "12a", "").orElseThrow();
        assertEquals(new Coordinates(52.1402, 5.0401), found.coordinates());
        assertEquals("Maarssen", found.place());
        assertEquals(Optional.of(new CbsCode("GM0355")), found.municipality());
        assertEquals(GeocodePrecision.ADDRESS, found.precision());
    }

    @Test
    void letterAndAdditionTogetherMatchTheTypedSuffix() {
        assertEquals(
                new Coordinates(52.1403, 5.0403),
                geocode("3601AB", "12", "B-1").orElseThrow().coordinates());
        assertEquals(
                new Coordinates(52.1403, 5.0403),
                geocode("3601AB", "12 b1", "").orElseThrow().coordinates());
    }

    @Test
    void withoutSuffixTheDoorWithoutSuffixIsChosen() {
        assertEquals(
                new Coordinates(52.1401, 5.04),
                geocode("3601AB", "12", "").orElseThrow().coordinates());
    }

    @Test
    void withoutSuffixWhenOnlyLetteredDoorsExistTheBuildingIsFoundAnyway() {
        body =
                """
                {"response":{"numFound":1,"docs":[{"postcode":"3601AB","huisnummer":"12","huisletter":"C",
                  "woonplaatsnaam":"Maarssen","gemeentecode":"0355","centroide_ll":"POINT(5.05 52.15)"}]}}
                """;
        assertEquals(
                new Coordinates(52.15, 5.05),
                geocode("3601AB", "12", "").orElseThrow().coordinates());
    }

    @Test
    void aSuffixTheRegisterDoesNotKnowIsNotFound() {
        assertEquals(Optional.empty(), geocode("3601AB", "12", "Z"));
    }

    @Test
    void docsForAnotherAddressAreIgnored() {
        body =
                """
                {"response":{"numFound":1,"docs":[{"postcode":"3601AC","huisnummer":12,
                  "woonplaatsnaam":"Maarssen","gemeentecode":"0355","centroide_ll":"POINT(5.05 52.15)"}]}}
                """;
        assertEquals(Optional.empty(), geocode("3601AB", "12", ""));
    }

    @Test
    void noDocsIsNotFound() {
        body = "{\"response\":{\"numFound\":0,\"start\":0,\"maxScore\":0.0,\"docs\":[]}}";
        assertEquals(Optional.empty(), geocode("3601AB", "999", ""));
    }

    @Test
    void unknownMunicipalityCodeIsLeftEmpty() {
        body =
                """
                {"response":{"docs":[{"postcode":"3601AB","huisnummer":12,"woonplaatsnaam":"Maarssen",
                  "centroide_ll":"POINT(5.05 52.15)"}]}}
                """;
        assertEquals(Optional.empty(), geocode("3601AB", "12", "").orElseThrow().municipality());
    }

    @Test
    void serverErrorIsUnavailableNotNotFound() {
        status = 500;
        body = "{\"error\":\"Internal Server Error\"}";
        GeocodingUnavailableException e =
                assertThrows(GeocodingUnavailableException.class, () -> geocode("3601AB", "12", ""));
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertTrue(e.getMessage().contains("3601 AB 12"), e.getMessage());
    }

    @Test
    void slowServerTimesOutInsteadOfHanging() {
        stall = true;
        try (PdokGeocoder impatient = new PdokGeocoder(baseUrl(), Duration.ofMillis(300))) {
            GeocodingUnavailableException e =
                    assertThrows(GeocodingUnavailableException.class, () -> geocode(impatient, "3601AB", "12", ""));
            assertTrue(e.getMessage().contains("did not answer within 300 ms"), e.getMessage());
        }
    }

    @Test
    void malformedJsonIsUnavailable() {
        body = "{\"response\": {\"docs\": [ {\"postcode\": ";
        GeocodingUnavailableException e =
                assertThrows(GeocodingUnavailableException.class, () -> geocode("3601AB", "12", ""));
        assertTrue(e.getMessage().contains("unreadable"), e.getMessage());
    }

    @Test
    void htmlErrorPageWithStatus200IsUnavailable() {
        body = "<html><body>Service temporarily unavailable</body></html>";
        assertThrows(GeocodingUnavailableException.class, () -> geocode("3601AB", "12", ""));
    }

    @Test
    void answerWithoutDocsIsUnavailable() {
        body = "{\"status\":\"ok\"}";
        GeocodingUnavailableException e =
                assertThrows(GeocodingUnavailableException.class, () -> geocode("3601AB", "12", ""));
        assertTrue(e.getMessage().contains("response.docs"), e.getMessage());
    }

    @Test
    void unreadableCentroidIsUnavailable() {
        body =
                """
                {"response":{"docs":[{"postcode":"3601AB","huisnummer":12,"centroide_ll":"POINT(x y)"}]}}
                """;
        GeocodingUnavailableException e =
                assertThrows(GeocodingUnavailableException.class, () -> geocode("3601AB", "12", ""));
        assertTrue(e.getMessage().contains("centroide_ll"), e.getMessage());
    }

    @Test
    void unreachableServerIsUnavailable() {
        URI closed = baseUrl();
        server.stop(0);
        try (PdokGeocoder unreachable = new PdokGeocoder(closed, Duration.ofSeconds(5))) {
            GeocodingUnavailableException e =
                    assertThrows(GeocodingUnavailableException.class, () -> geocode(unreachable, "3601AB", "12", ""));
            assertTrue(e.getMessage().contains("could not be reached"), e.getMessage());
        }
    }
}
