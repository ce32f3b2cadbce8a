package nl.burgernet.infrastructure.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.GeocodePrecision;
import nl.burgernet.domain.model.geo.GeocodedAddress;
import nl.burgernet.domain.model.geo.Geocoder;
import nl.burgernet.domain.model.geo.HouseNumber;
import nl.burgernet.domain.model.geo.HouseNumberSuffix;
import nl.burgernet.domain.model.geo.Postcode;
import nl.burgernet.domain.model.municipality.CbsCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Geocodes from a postcode table in memory: no network, so demos, tests and air-gapped installations work. The
 * shipped table ({@value #DEMO_TABLE_RESOURCE}) is demo data for Stichtse Vecht and De Ronde Venen; a real
 * installation can load a full table with {@link #fromCsv(Reader)} or use PDOK.
 *
 * <p>Lookup is a hash map on the postcode (O(1)). A postcode covers one street or part of one, so all its houses
 * would share one point; to keep them apart (on a map, and for circle edges), each house is placed at a small,
 * deterministic offset from the postcode's centre: house k = 4 × (number - 1) + a slot for the suffix (0 without
 * one, else 1-3 from its hash) lies on a sunflower spiral, {@code min(40, 1.5 × √k)} metres away at bearing k × the
 * golden angle. Houses 1-700 of a postcode therefore get distinct points, all within 40 m. A postcode missing from
 * the table but whose four-digit area is known gets that area's mean centre ({@link GeocodePrecision#POSTCODE_AREA}),
 * so a demo resident with an invented letter pair is still placed in the right village.
 */
public class OfflinePostcodeGeocoder implements Geocoder {

    public static final String DEMO_TABLE_RESOURCE = "nl/burgernet/geo/postcodes-demo.csv";

    static final double MAX_OFFSET_METRES = 40;
    private static final double GOLDEN_ANGLE_DEGREES = 137.50776405003785;

    private final Map<Postcode, PostcodeEntry> byPostcode;
    private final Map<Integer, PostcodeEntry> byArea;

    private OfflinePostcodeGeocoder(List<PostcodeEntry> entries) {
        Map<Postcode, PostcodeEntry> map = new LinkedHashMap<>();
        for (PostcodeEntry e : entries) {
            if (map.putIfAbsent(e.postcode(), e) != null) {
                throw new IllegalArgumentException("Postcode " + e.postcode() + " appears twice in the table");
            }
        }
        this.byPostcode = Collections.unmodifiableMap(map);
        this.byArea = areaCentres(entries);
    }

    /** The demo table shipped in this jar. */
    public static OfflinePostcodeGeocoder demo() {
        InputStream in = OfflinePostcodeGeocoder.class.getClassLoader().getResourceAsStream(DEMO_TABLE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(
                    "The demo postcode table is missing from the classpath: " + DEMO_TABLE_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEMO_TABLE_RESOURCE, e);
        }
    }

    /**
     * Reads a table in the demo table's format: UTF-8 CSV, lines starting with '#' are comments, a header line, then
     * {@code postcode,place,municipality,latitude,longitude} (e.g. {@code 3601AB,Maarssen,GM0355,52.1405,5.0395}).
     *
     * @throws IllegalArgumentException naming the line of the first bad row
     */
    public static OfflinePostcodeGeocoder fromCsv(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<PostcodeEntry> entries = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            try {
                entries.add(new PostcodeEntry(
                        Postcode.parse(row.get("postcode")),
                        row.get("place"),
                        new CbsCode(row.get("municipality")),
                        new Coordinates(
                                Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Bad postcode table row at line " + row.getParser().getCurrentLineNumber() + ": "
                                + e.getMessage(),
                        e);
            }
        }
        return new OfflinePostcodeGeocoder(entries);
    }

    private static Map<Integer, PostcodeEntry> areaCentres(List<PostcodeEntry> entries) {
        Map<Integer, List<PostcodeEntry>> grouped = new HashMap<>();
        for (PostcodeEntry e : entries) {
            grouped.computeIfAbsent(e.postcode().area(), k -> new ArrayList<>()).add(e);
        }
        Map<Integer, PostcodeEntry> centres = new HashMap<>();
        grouped.forEach((area, members) -> {
            double lat = members.stream()
                    .mapToDouble(m -> m.centre().latitude())
                    .average()
                    .orElseThrow();
            double lon = members.stream()
                    .mapToDouble(m -> m.centre().longitude())
                    .average()
                    .orElseThrow();
            PostcodeEntry first = members.getFirst();
            centres.put(
                    area,
                    new PostcodeEntry(
                            first.postcode(), first.place(), first.municipality(), new Coordinates(lat, lon)));
        });
        return Map.copyOf(centres);
    }

    @Override
    public Optional<GeocodedAddress> geocode(
            Postcode postcode, HouseNumber number, Optional<HouseNumberSuffix> suffix) {
        PostcodeEntry exact = byPostcode.get(postcode);
        if (exact != null) {
            return Optional.of(located(exact, number, suffix, GeocodePrecision.POSTCODE));
        }
        PostcodeEntry area = byArea.get(postcode.area());
        if (area != null) {
            return Optional.of(located(area, number, suffix, GeocodePrecision.POSTCODE_AREA));
        }
        return Optional.empty();
    }

    private static GeocodedAddress located(
            PostcodeEntry entry, HouseNumber number, Optional<HouseNumberSuffix> suffix, GeocodePrecision precision) {
        return new GeocodedAddress(
                houseOffset(entry.centre(), number, suffix),
                entry.place(),
                Optional.of(entry.municipality()),
                precision);
    }

    /** See the class comment: a sunflower spiral around the centre, at most {@value #MAX_OFFSET_METRES} m out. */
    static Coordinates houseOffset(Coordinates centre, HouseNumber number, Optional<HouseNumberSuffix> suffix) {
        int slot = suffix.map(s -> 1 + Math.floorMod(s.value().hashCode(), 3)).orElse(0);
        long k = 4L * (number.value() - 1) + slot;
        if (k == 0) {
            return centre;
        }
        double distance = Math.min(MAX_OFFSET_METRES, 1.5 * Math.sqrt(k));
        double bearing = (k * GOLDEN_ANGLE_DEGREES) % 360;
        return centre.moved(bearing, distance);
    }

    /** Every row of the table, in file order (e.g. to seed demo participants in a municipality). */
    public List<PostcodeEntry> entries() {
        return List.copyOf(byPostcode.values());
    }

    public int size() {
        return byPostcode.size();
    }
}
