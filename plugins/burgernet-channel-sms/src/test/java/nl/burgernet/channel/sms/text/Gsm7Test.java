package nl.burgernet.channel.sms.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The codec against 3GPP TS 23.038 § 6.2.1 (the default alphabet) and § 6.2.1.1 (its extension table). */
class Gsm7Test {

    /** The standard's basic table as Unicode code points, code 0x00 to 0x7F; 0x1B is the escape (here -1). */
    private static final int[] STANDARD_BASIC = {
        0x0040, 0x00A3, 0x0024, 0x00A5, 0x00E8, 0x00E9, 0x00F9, 0x00EC, 0x00F2, 0x00C7, 0x000A, 0x00D8, 0x00F8, 0x000D,
        0x00C5, 0x00E5, 0x0394, 0x005F, 0x03A6, 0x0393, 0x039B, 0x03A9, 0x03A0, 0x03A8, 0x03A3, 0x0398, 0x039E, -1,
        0x00C6, 0x00E6, 0x00DF, 0x00C9, 0x0020, 0x0021, 0x0022, 0x0023, 0x00A4, 0x0025, 0x0026, 0x0027, 0x0028, 0x0029,
        0x002A, 0x002B, 0x002C, 0x002D, 0x002E, 0x002F, 0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037,
        0x0038, 0x0039, 0x003A, 0x003B, 0x003C, 0x003D, 0x003E, 0x003F, 0x00A1, 0x0041, 0x0042, 0x0043, 0x0044, 0x0045,
        0x0046, 0x0047, 0x0048, 0x0049, 0x004A, 0x004B, 0x004C, 0x004D, 0x004E, 0x004F, 0x0050, 0x0051, 0x0052, 0x0053,
        0x0054, 0x0055, 0x0056, 0x0057, 0x0058, 0x0059, 0x005A, 0x00C4, 0x00D6, 0x00D1, 0x00DC, 0x00A7, 0x00BF, 0x0061,
        0x0062, 0x0063, 0x0064, 0x0065, 0x0066, 0x0067, 0x0068, 0x0069, 0x006A, 0x006B, 0x006C, 0x006D, 0x006E, 0x006F,
        0x0070, 0x0071, 0x0072, 0x0073, 0x0074, 0x0075, 0x0076, 0x0077, 0x0078, 0x0079, 0x007A, 0x00E4, 0x00F6, 0x00F1,
        0x00FC, 0x00E0
    };

    /** The standard's extension table: code after the escape, Unicode code point. */
    private static final int[][] STANDARD_EXTENSION = {
        {0x0A, 0x000C}, {0x14, 0x005E}, {0x28, 0x007B}, {0x29, 0x007D}, {0x2F, 0x005C},
        {0x3C, 0x005B}, {0x3D, 0x007E}, {0x3E, 0x005D}, {0x40, 0x007C}, {0x65, 0x20AC}
    };

    @Test
    void everyCodeOfTheBasicTableEncodesAndDecodesAsTheStandardSays() {
        assertEquals(128, STANDARD_BASIC.length);
        for (int code = 0; code < 128; code++) {
            if (STANDARD_BASIC[code] < 0) {
                continue;
            }
            String character = Character.toString(STANDARD_BASIC[code]);
            assertArrayEquals(new byte[] {(byte) code}, Gsm7.encode(character), "encoding " + character);
            assertEquals(character, Gsm7.decode(new byte[] {(byte) code}), "decoding 0x" + Integer.toHexString(code));
            assertEquals(1, Gsm7.septets(character));
        }
    }

    @Test
    void everyCodeOfTheExtensionTableIsTheEscapeAndItsCode() {
        for (int[] entry : STANDARD_EXTENSION) {
            String character = Character.toString(entry[1]);
            byte[] septets = {0x1B, (byte) entry[0]};
            assertArrayEquals(septets, Gsm7.encode(character), "encoding " + character);
            assertEquals(character, Gsm7.decode(septets), "decoding escape 0x" + Integer.toHexString(entry[0]));
            assertEquals(2, Gsm7.septets(character));
        }
        assertEquals(STANDARD_EXTENSION.length, Gsm7.EXTENSION_TABLE.size(), "no characters beyond the standard's");
    }

    @Test
    void nothingElseIsEncodable() {
        int encodable = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Gsm7.canEncode(String.valueOf(c))) {
                encodable++;
            }
        }
        assertEquals(127 + STANDARD_EXTENSION.length, encodable, "127 basic characters and the extension table");
        assertFalse(Gsm7.canEncode("ë"), "ë is not in the GSM alphabet");
        assertFalse(Gsm7.canEncode("ç"), "only the capital Ç is");
        assertFalse(Gsm7.canEncode("\u001B"), "the escape is not a character");
        assertThrows(IllegalArgumentException.class, () -> Gsm7.encode("Zoë"));
    }

    @Test
    void aTextRoundTripsAndCountsItsEscapesTwice() {
        String text = "Prijs: €5 {alle} [delen] ~ \\ | ^ en @£$ ÄÖÜäöü\nklaar.";
        assertTrue(Gsm7.canEncode(text));
        assertEquals(text, Gsm7.decode(Gsm7.encode(text)));
        assertEquals(text.length() + 9, Gsm7.septets(text), "nine characters from the extension table");
    }

    @Test
    void anUnknownEscapeReadsAsTheBasicCharacterAndALoneEscapeAtTheEndAsNothing() {
        assertEquals("A", Gsm7.decode(new byte[] {0x1B, 0x41}));
        assertEquals("a", Gsm7.decode(new byte[] {0x61, 0x1B}));
    }
}
