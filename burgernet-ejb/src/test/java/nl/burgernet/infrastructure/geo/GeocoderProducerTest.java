package nl.burgernet.infrastructure.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.geo.Geocoder;
import org.junit.jupiter.api.Test;

class GeocoderProducerTest {

    private static final String PDOK = GeocoderProducer.DEFAULT_PDOK_URL;

    @Test
    void offlineIsTheDemoTable() {
        Geocoder geocoder = new GeocoderProducer("offline", PDOK, 5000).geocoder();
        assertInstanceOf(OfflinePostcodeGeocoder.class, geocoder);
        assertEquals(
                "Maarssen",
                geocoder.geocode(DutchAddress.parse("3601AB", "1", ""))
                        .orElseThrow()
                        .place());
    }

    @Test
    void pdokIsTheLocatieserverClient() {
        GeocoderProducer producer = new GeocoderProducer(" PDOK ", "http://127.0.0.1:1/locatieserver", 1000);
        Geocoder geocoder = producer.geocoder();
        assertInstanceOf(PdokGeocoder.class, geocoder);
        DutchAddress address = DutchAddress.parse("3601AB", "1", "");
        URI request = ((PdokGeocoder) geocoder).requestUri(address.postcode(), address.number(), address.suffix());
        assertEquals("http://127.0.0.1:1/locatieserver/free", request.toString().replaceAll("\\?.*", ""));
        producer.close(geocoder);
    }

    @Test
    void unknownGeocoderStopsStartUpNamingTheChoices() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> new GeocoderProducer("google", PDOK, 5000));
        assertTrue(e.getMessage().contains("burgernet.geocoder must be 'offline' or 'pdok'"), e.getMessage());
    }

    @Test
    void badPdokSettingsStopStartUp() {
        assertThrows(IllegalStateException.class, () -> new GeocoderProducer("pdok", "ftp://example.nl", 5000));
        assertThrows(IllegalStateException.class, () -> new GeocoderProducer("pdok", "http://bad host/", 5000));
        assertThrows(IllegalStateException.class, () -> new GeocoderProducer("pdok", PDOK, 0));
    }
}
