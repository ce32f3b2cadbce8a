package nl.burgernet.channel.sms.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsPartsTest {

    @Test
    void aGsmTextOf160SeptetsIsOnePartWithoutHeader() {
        SmsParts parts = SmsParts.of("a".repeat(160), 7);
        assertEquals(SmsEncoding.GSM7, parts.encoding());
        assertEquals(1, parts.payloads().size());
        assertEquals(160, parts.payloads().get(0).length);
    }

    @Test
    void aLongerGsmTextGoesIn153SeptetPartsWithAConcatenationHeader() {
        SmsParts parts = SmsParts.of("a".repeat(161), 42);
        assertEquals(2, parts.payloads().size());
        byte[] first = parts.payloads().get(0);
        assertEquals(SmsParts.HEADER_LENGTH + 153, first.length);
        assertEquals(List.of(5, 0, 3, 42, 2, 1), header(first));
        assertEquals(List.of(5, 0, 3, 42, 2, 2), header(parts.payloads().get(1)));
        assertEquals(SmsParts.HEADER_LENGTH + 8, parts.payloads().get(1).length);
    }

    @Test
    void anEscapePairIsNeverSplitAcrossParts() {
        // 152 septets, then € (two septets) would end on the 154th: it must open the second part.
        String text = "a".repeat(152) + "€" + "b".repeat(20);
        SmsParts parts = SmsParts.of(text, 1);
        assertEquals(SmsParts.HEADER_LENGTH + 152, parts.payloads().get(0).length);
        assertEquals("€" + "b".repeat(20), decodeBody(parts, 1));
        assertEquals(text, reassemble(parts));
    }

    @Test
    void oneCharacterOutsideGsmMakesItUcs2InPartsOf67() {
        String text = "ë" + "a".repeat(70);
        SmsParts parts = SmsParts.of(text, 3);
        assertEquals(SmsEncoding.UCS2, parts.encoding());
        assertEquals(2, parts.payloads().size());
        assertEquals(SmsParts.HEADER_LENGTH + 67 * 2, parts.payloads().get(0).length);
        assertEquals(text, reassemble(parts));
        assertEquals(1, SmsParts.count("ë".repeat(70)));
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossParts() {
        String text = "ë".repeat(66) + "😀" + "a".repeat(10);
        SmsParts parts = SmsParts.of(text, 3);
        assertEquals(SmsParts.HEADER_LENGTH + 66 * 2, parts.payloads().get(0).length);
        assertTrue(decodeBody(parts, 1).startsWith("😀"));
        assertEquals(text, reassemble(parts));
    }

    @Test
    void fourHundredDutchCharactersWithEuroAndDiaeresisReassembleEqual() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 400) {
            text.append("De politie zoekt getuigen van de overval op de drogisterij, buit € 450; ideeën? ");
        }
        String message = text.substring(0, 400);
        SmsParts parts = SmsParts.of(message, 200);
        assertEquals(SmsEncoding.UCS2, parts.encoding());
        assertEquals(6, parts.payloads().size(), "400 UTF-16 units in parts of 67");
        assertEquals(message, reassemble(parts));
    }

    private static List<Integer> header(byte[] payload) {
        List<Integer> header = new ArrayList<>();
        for (int i = 0; i < SmsParts.HEADER_LENGTH; i++) {
            header.add(payload[i] & 0xFF);
        }
        return header;
    }

    private static String decodeBody(SmsParts parts, int index) {
        byte[] payload = parts.payloads().get(index);
        int offset = parts.concatenated() ? SmsParts.HEADER_LENGTH : 0;
        return parts.encoding().decode(payload, offset, payload.length - offset);
    }

    private static String reassemble(SmsParts parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.payloads().size(); i++) {
            text.append(decodeBody(parts, i));
        }
        return text.toString();
    }
}
