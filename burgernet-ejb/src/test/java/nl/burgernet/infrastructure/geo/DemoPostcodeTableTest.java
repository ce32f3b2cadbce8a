package nl.burgernet.infrastructure.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.municipality.CbsCode;
import org.junit.jupiter.api.Test;

class DemoPostcodeTableTest {

    private static final CbsCode STICHTSE_VECHT = new CbsCode("GM0355");
    private static final CbsCode DE_RONDE_VENEN = new CbsCode("GM0736");

    private final List<PostcodeEntry> entries = OfflinePostcodeGeocoder.demo().entries();

    @Test
    void committedTableIsExactlyWhatTheGeneratorWrites() throws IOException {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream(OfflinePostcodeGeocoder.DEMO_TABLE_RESOURCE)) {
            String committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(DemoPostcodeTableGenerator.table(), committed, "regenerate: see DemoPostcodeTableGenerator");
        }
    }

    @Test
    void tableSaysItIsDemoData() throws IOException {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream(OfflinePostcodeGeocoder.DEMO_TABLE_RESOURCE)) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).startsWith("# DEMO DATA"));
        }
    }

    @Test
    void everyPlaceOfStichtseVechtIsCovered() {
        Set<String> places = entries.stream()
                .filter(e -> e.municipality().equals(STICHTSE_VECHT))
                .map(PostcodeEntry::place)
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "Maarssen",
                        "Breukelen",
                        "Kockengen",
                        "Loenen aan de Vecht",
                        "Nieuwer Ter Aa",
                        "Nieuwersluis",
                        "Loenersloot",
                        "Vreeland",
                        "Nigtevecht",
                        "Tienhoven",
                        "Oud Zuilen"),
                places);
    }

    @Test
    void stichtseVechtHasSeveralHundredPostcodesAndTheSecondMunicipalityFewer() {
        Map<CbsCode, Long> counts =
                entries.stream().collect(Collectors.groupingBy(PostcodeEntry::municipality, Collectors.counting()));
        assertTrue(counts.get(STICHTSE_VECHT) >= 300, "Stichtse Vecht: " + counts.get(STICHTSE_VECHT));
        assertTrue(counts.get(DE_RONDE_VENEN) >= 50, "De Ronde Venen: " + counts.get(DE_RONDE_VENEN));
        assertTrue(counts.get(DE_RONDE_VENEN) < counts.get(STICHTSE_VECHT));
    }

    @Test
    void everyPostcodeLiesInItsOwnVillage() {
        // Centres per place as published (rounded); each postcode must be in its own village, not the next one.
        Map<String, Coordinates> centres = Map.ofEntries(
                Map.entry("Maarssen", new Coordinates(52.135, 5.030)),
                Map.entry("Breukelen", new Coordinates(52.174, 5.001)),
                Map.entry("Kockengen", new Coordinates(52.149, 4.957)),
                Map.entry("Loenen aan de Vecht", new Coordinates(52.209, 5.021)),
                Map.entry("Nieuwer Ter Aa", new Coordinates(52.176, 4.985)),
                Map.entry("Nieuwersluis", new Coordinates(52.200, 5.010)),
                Map.entry("Loenersloot", new Coordinates(52.226, 5.001)),
                Map.entry("Vreeland", new Coordinates(52.230, 5.031)),
                Map.entry("Nigtevecht", new Coordinates(52.273, 5.030)),
                Map.entry("Tienhoven", new Coordinates(52.160, 5.093)),
                Map.entry("Oud Zuilen", new Coordinates(52.121, 5.076)),
                Map.entry("Mijdrecht", new Coordinates(52.205, 4.862)),
                Map.entry("Vinkeveen", new Coordinates(52.215, 4.932)),
                Map.entry("Wilnis", new Coordinates(52.196, 4.898)),
                Map.entry("Abcoude", new Coordinates(52.272, 4.969)),
                Map.entry("Baambrugge", new Coordinates(52.246, 4.989)));
        for (PostcodeEntry e : entries) {
            // Maarssen (about 4 km across) includes Maarssenbroek, west of the A2.
            double limit = e.place().equals("Maarssen") ? 3_000 : 1_500;
            double metres = centres.get(e.place()).distanceMetresTo(e.centre());
            assertTrue(metres < limit, e + " is " + Math.round(metres) + " m from " + e.place());
        }
    }

    @Test
    void postcodesAreUniqueAndNeverUseLetterPairsPostNlSkips() {
        assertEquals(
                entries.size(),
                entries.stream().map(PostcodeEntry::postcode).distinct().count());
        for (PostcodeEntry e : entries) {
            String letters = e.postcode().value().substring(4);
            assertTrue(
                    letters.chars().noneMatch(c -> "FIOQUY".indexOf(c) >= 0),
                    e.postcode().value());
        }
    }
}
