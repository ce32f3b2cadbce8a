package nl.burgernet.channel.sms.text;

/**
 * Replaces typographic characters that look alike with their GSM equivalents, so a curly quote or a dash typed in
 * a word processor does not turn a message into UCS-2 (70 instead of 160 characters a part). Letters are left as
 * they are: "ë" stays "ë", and the message goes as UCS-2.
 */
final class SmsNormaliser {

    private SmsNormaliser() {}

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033' -> out.append('"');
                case '\u2013', '\u2014', '\u2212' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u00A0', '\u2007', '\u202F', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
