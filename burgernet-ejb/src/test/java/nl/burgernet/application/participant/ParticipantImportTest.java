package nl.burgernet.application.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.application.participant.csvimport.ParticipantCsvReader;
import nl.burgernet.application.participant.csvimport.RowError;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.TestChannels;
import nl.burgernet.infrastructure.geo.OfflinePostcodeGeocoder;
import org.junit.jupiter.api.Test;

class ParticipantImportTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("UTC"));
    private static final String HEADER = "email;postcode;huisnummer;geboortejaar\n";

    private final ParticipantCsvReader reader = new ParticipantCsvReader(new ParticipantValidator(IN_2026));
    private final AddressGeocoding geocoding = new AddressGeocoding(OfflinePostcodeGeocoder.demo());
    private final List<List<NewParticipant>> chunks = new ArrayList<>();

    private ImportOutcome run(Set<String> registered, int chunkSize, String csv) {
        ParticipantImport run = new ParticipantImport(geocoding, registered, chunks::add, chunkSize);
        reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TestChannels.CLASSIC, run);
        return run.finish();
    }

    private List<NewParticipant> stored() {
        return chunks.stream().flatMap(List::stream).toList();
    }

    @Test
    void goodRowsAreGeocodedAndStoredInChunksOfTheGivenSize() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 7; i++) {
            csv.append("p")
                    .append(i)
                    .append("@example.nl;3601 AB;")
                    .append(i + 1)
                    .append(";1970\n");
        }

        ImportOutcome outcome = run(new HashSet<>(), 3, csv.toString());

        assertEquals(7, outcome.imported());
        assertEquals(List.of(), outcome.rejected());
        assertEquals(List.of(3, 3, 1), chunks.stream().map(List::size).toList());
        NewParticipant first = stored().get(0);
        assertEquals("p0@example.nl", first.details().email());
        AddressDetails address = first.details().addresses().get(0);
        assertEquals("3601AB", address.postcode());
        assertEquals("Maarssen", address.place());
        assertTrue(address.latitude() > 52 && address.latitude() < 52.3, "geocoded: " + address);
        assertTrue(first.linkKey().matches("[0-9a-f]{64}"), first.linkKey());
    }

    @Test
    void everyParticipantGetsItsOwnLinkKey() {
        ImportOutcome outcome =
                run(new HashSet<>(), 10, HEADER + "a@example.nl;3601 AB;1;1970\nb@example.nl;3601 AB;2;1970\n");

        assertEquals(2, outcome.imported());
        assertEquals(
                2, stored().stream().map(NewParticipant::linkKey).distinct().count());
    }

    @Test
    void anAddressRegisteredAlreadyInAnyCaseIsRejectedWithItsLineAndTheOthersGoIn() {
        Set<String> registered = new HashSet<>(Set.of("jan@example.nl"));

        ImportOutcome outcome = run(
                registered,
                10,
                HEADER + "piet@example.nl;3601 AB;1;1970\n" + "Jan@Example.nl;3601 AB;2;1970\n"
                        + "kees@example.nl;3601 AB;3;1970\n");

        assertEquals(2, outcome.imported());
        assertEquals(
                List.of("piet@example.nl", "kees@example.nl"),
                stored().stream().map(p -> p.details().email()).toList());
        RowError error = outcome.rejected().get(0);
        assertEquals(3, error.lineNumber());
        assertEquals(Optional.of("email"), error.column());
        assertEquals(
                "A participant with this e-mail address is already registered in this municipality.",
                error.messageEn());
        assertTrue(error.messageNl().contains("ingeschreven"), error.messageNl());
        assertTrue(registered.contains("kees@example.nl"), "what this import stored counts as registered too");
    }

    @Test
    void anAddressTheGeocoderCannotFindIsRejectedOnThePostcodeColumn() {
        ImportOutcome outcome =
                run(new HashSet<>(), 10, HEADER + "a@example.nl;9999 ZZ;1;1970\n" + "b@example.nl;3621 AA;2;1970\n");

        assertEquals(1, outcome.imported());
        assertEquals(1, outcome.rejected().size());
        assertEquals(2, outcome.rejected().get(0).lineNumber());
        assertEquals(Optional.of("postcode"), outcome.rejected().get(0).column());
        assertEquals(
                "We cannot find this address. Please check the postcode and house number.",
                outcome.rejected().get(0).messageEn());
    }

    @Test
    void theReadersErrorsAndTheImportsOwnComeInFileOrder() {
        ImportOutcome outcome = run(
                new HashSet<>(Set.of("dup@example.nl")),
                10,
                HEADER + "dup@example.nl;3601 AB;1;1970\n" + "x@example.nl;3601 AB;2;19x0\n"
                        + "y@example.nl;9999 ZZ;3;1970\n" + "z@example.nl;3601 AB;4;1970\n");

        assertEquals(1, outcome.imported());
        assertEquals(
                List.of(2L, 3L, 4L),
                outcome.rejected().stream().map(RowError::lineNumber).toList());
    }

    @Test
    void aChunkNeedsAtLeastOneRow() {
        assertThrows(IllegalArgumentException.class, () -> new ParticipantImport(geocoding, Set.of(), c -> {}, 0));
    }
}
