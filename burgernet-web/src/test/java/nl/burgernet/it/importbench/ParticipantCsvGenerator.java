package nl.burgernet.it.importbench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.burgernet.infrastructure.geo.OfflinePostcodeGeocoder;
import nl.burgernet.infrastructure.geo.PostcodeEntry;

/**
 * Participant CSV files of any size for import measurements, in the columns of the admin screen's import (Dutch
 * headers, ';' as Dutch Excel writes, CRLF, a byte order mark). Every good row has an address the offline demo
 * geocoder knows and an e-mail address unique to its seed, so files of different seeds import side by side into one
 * municipality; {@value #BAD_ROWS} rows spread through the file are wrong in ways the import must report by line.
 * Deterministic: the same rows and seed give the same bytes.
 */
public final class ParticipantCsvGenerator {

    /** How many rows of a generated file are wrong (for files of at least {@value #MIN_ROWS} rows). */
    public static final int BAD_ROWS = 10;

    public static final int MIN_ROWS = 100;

    static final String HEADER =
            "e-mail;mobiel;postcode;huisnummer;toevoeging;geboortejaar;taal;kanalen;niet_storen_van;niet_storen_tot";

    private static final List<PostcodeEntry> POSTCODES =
            OfflinePostcodeGeocoder.demo().entries();
    private static final String[] CHANNELS = {"", "email", "\"email;sms\"", "push", "email sms voice"};

    private ParticipantCsvGenerator() {}

    /**
     * A generated file.
     *
     * @param bytes the file, UTF-8
     * @param rows data rows (header not counted)
     * @param badLines the file line (1 = header) of each wrong row, with what is wrong with it
     */
    public record GeneratedCsv(byte[] bytes, int rows, Map<Long, String> badLines) {

        /** The rows the import should store into a municipality that has none of this seed's addresses yet. */
        public int goodRows() {
            return rows - badLines.size();
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * A file of {@code rows} data rows whose e-mail addresses are {@code p<seed>-<row>@import.example.nl}.
     *
     * @throws IllegalArgumentException for fewer than {@value #MIN_ROWS} rows, too few to spread the bad ones
     */
    public static GeneratedCsv generate(int rows, long seed) {
        if (rows < MIN_ROWS) {
            throw new IllegalArgumentException("At least " + MIN_ROWS + " rows, not " + rows);
        }
        Map<Integer, Integer> badKindByRow = new TreeMap<>();
        for (int kind = 0; kind < BAD_ROWS; kind++) {
            badKindByRow.put((int) ((kind + 1L) * rows / (BAD_ROWS + 1)), kind);
        }
        Map<Long, String> badLines = new TreeMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 100);
        out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder(160).append(HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            Integer badKind = badKindByRow.get(i);
            if (badKind == null) {
                goodRow(line, seed, i);
            } else {
                badLines.put(lineOf(i), badRow(line, seed, i, badKind));
            }
            line.append("\r\n");
            out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            line.setLength(0);
        }
        return new GeneratedCsv(out.toByteArray(), rows, Collections.unmodifiableMap(badLines));
    }

    /** The file line of data row {@code i}: the header is line 1 and no value spans lines. */
    static long lineOf(int i) {
        return i + 2L;
    }

    static String email(long seed, int i) {
        return "p" + seed + "-" + i + "@import.example.nl";
    }

    private static void goodRow(StringBuilder line, long seed, int i) {
        boolean mobile = i % 3 != 0;
        String channels = mobile ? CHANNELS[i % CHANNELS.length] : CHANNELS[(i % 2) * 3];
        row(
                line,
                email(seed, i),
                mobile ? "06 " + (10_000_000 + i % 89_999_999) : "",
                POSTCODES.get(i % POSTCODES.size()).postcode().display(),
                Integer.toString(1 + i % 300),
                i % 10 == 0 ? "a" : "",
                Integer.toString(1930 + i % 80),
                i % 5 == 0 ? "en" : "nl",
                channels,
                i % 4 == 0 ? "22:00" : "",
                i % 4 == 0 ? "07:00" : "");
    }

    /** Writes a row that is wrong in one way, and says how. */
    private static String badRow(StringBuilder line, long seed, int i, int kind) {
        String email = email(seed, i);
        String postcode = POSTCODES.get(i % POSTCODES.size()).postcode().display();
        switch (kind) {
            case 0 -> row(line, email, "", postcode, "1", "", "19x0", "nl", "", "", "");
            case 1 -> row(line, email, "", "12345", "1", "", "1970", "nl", "", "", "");
            case 2 -> row(line, "geen-adres", "", postcode, "1", "", "1970", "nl", "", "", "");
            case 3 -> row(line, email, "", postcode, "1", "", "1970", "nl", "fax", "", "");
            case 4 -> row(line, email, "", postcode, "1", "", "1970", "nl", "sms", "", "");
            case 5 -> row(line, email, "", postcode, "1", "", "1970", "nl", "", "25:00", "07:00");
            case 6 -> row(line, email(seed, i - 1), "", postcode, "1", "", "1970", "nl", "", "", "");
            case 7 -> row(line, email, "", "9999 ZZ", "1", "", "1970", "nl", "", "", "");
            case 8 -> row(line, email, "12345", postcode, "1", "", "1970", "nl", "", "", "");
            default -> row(line, email, "", "1011 AB", "1", "", "1970", "nl", "", "", "");
        }
        return switch (kind) {
            case 0 -> "birth year 19x0";
            case 1 -> "postcode 12345";
            case 2 -> "e-mail without @";
            case 3 -> "unknown channel";
            case 4 -> "SMS without a mobile number";
            case 5 -> "quiet hours from 25:00";
            case 6 -> "e-mail of the row before";
            case 7 -> "postcode area 9999 unknown to the geocoder";
            case 8 -> "mobile number 12345";
            default -> "postcode area 1011 unknown to the geocoder";
        };
    }

    private static void row(StringBuilder line, String... values) {
        line.append(String.join(";", values));
    }
}
