package nl.burgernet.channel.sms.text;

import java.nio.charset.StandardCharsets;

/**
 * How a text message's characters travel, with the SMPP {@code data_coding} that names it and what fits in one
 * message and in one part of a concatenated message (140 octets, less 6 for the concatenation header).
 */
public enum SmsEncoding {
    /** GSM 03.38, one septet per octet: what most SMSCs take for data_coding 0. */
    GSM7((byte) 0x00, 160, 153),
    /** UCS-2 (UTF-16 big-endian, surrogate pairs as two units), when a character is outside the GSM alphabet. */
    UCS2((byte) 0x08, 70, 67);

    private final byte dataCoding;
    private final int singleLimit;
    private final int partLimit;

    SmsEncoding(byte dataCoding, int singleLimit, int partLimit) {
        this.dataCoding = dataCoding;
        this.singleLimit = singleLimit;
        this.partLimit = partLimit;
    }

    /** The smallest encoding that carries every character of the text. */
    public static SmsEncoding forText(CharSequence text) {
        return Gsm7.canEncode(text) ? GSM7 : UCS2;
    }

    /** The encoding an SMPP data_coding names; other codings are read as GSM. */
    public static SmsEncoding fromDataCoding(byte dataCoding) {
        return (dataCoding & 0xFF) == 0x08 ? UCS2 : GSM7;
    }

    public byte dataCoding() {
        return dataCoding;
    }

    /** Septets (GSM) or UTF-16 units (UCS-2) in a message of one part. */
    public int singleLimit() {
        return singleLimit;
    }

    /** Septets (GSM) or UTF-16 units (UCS-2) in each part of a concatenated message. */
    public int partLimit() {
        return partLimit;
    }

    /** How much of a part one character takes: escape pairs count two septets. */
    int units(char character) {
        return this == GSM7 ? Gsm7.septets(character) : 1;
    }

    public byte[] encode(CharSequence text) {
        return this == GSM7 ? Gsm7.encode(text) : text.toString().getBytes(StandardCharsets.UTF_16BE);
    }

    public String decode(byte[] bytes, int offset, int length) {
        return this == GSM7
                ? Gsm7.decode(bytes, offset, length)
                : new String(bytes, offset, length, StandardCharsets.UTF_16BE);
    }
}
