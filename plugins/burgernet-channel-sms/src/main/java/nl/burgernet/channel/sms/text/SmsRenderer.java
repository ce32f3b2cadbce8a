package nl.burgernet.channel.sms.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.channel.api.MunicipalityProfile;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.sms.Texts;

/**
 * The text message about an alert, written out in full words: "Burgernet Stichtse Vecht: title. The message.
 * Instructions. Do you know more? Reply …". When it does not fit in the allowed parts, the message is shortened at
 * the end of a sentence (or, failing that, of a word, with "..."), never inside a word; the reply line and the short
 * link to the alert's public page (the whole message, updates and the outcome) always stay.
 */
public final class SmsRenderer {

    static final String BUNDLE = "nl.burgernet.channel.sms.text.SmsTexts";
    private static final String ELLIPSIS = "...";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    private static final Pattern MUNICIPALITY_PREFIX = Pattern.compile("(?i)^(gemeente|municipality of)\\s+");

    private SmsRenderer() {}

    /** The text for everyone in a batch; it fits in {@code maxParts} parts. */
    public static String render(OutgoingMessage message, MunicipalityProfile municipality, int maxParts) {
        Texts texts = Texts.of(BUNDLE, Locale.of(message.language()));
        String place = MUNICIPALITY_PREFIX.matcher(municipality.name().strip()).replaceFirst("");
        String lead = texts.format("lead." + message.kind().name(), place);
        String head = lead + " " + sentence(withoutRedundantStart(message.title(), texts));
        List<String> rest = new ArrayList<>();
        addSentence(rest, message.body());
        addSentence(rest, message.instructions());
        String core = rest.isEmpty() ? head : head + " " + String.join(" ", rest);
        String tail = " " + texts.get("reply")
                + message.alertPageLink()
                        .map(page -> " " + texts.format("page", page.toString()))
                        .orElse("");
        return shortened(SmsNormaliser.normalise(core), SmsNormaliser.normalise(tail), maxParts);
    }

    /** The longest start of {@code core} that, with the reply line, fits in the parts. */
    static String shortened(String core, String tail, int maxParts) {
        if (SmsParts.fits(core + tail, maxParts)) {
            return core + tail;
        }
        Matcher ends = SENTENCE_END.matcher(core);
        String best = null;
        while (ends.find()) {
            String candidate = core.substring(0, ends.end());
            if (SmsParts.fits(candidate + tail, maxParts)) {
                best = candidate;
            } else {
                break;
            }
        }
        if (best != null) {
            return best + tail;
        }
        for (int space = core.lastIndexOf(' '); space > 0; space = core.lastIndexOf(' ', space - 1)) {
            String candidate = stripTrailingPunctuation(core.substring(0, space)) + ELLIPSIS;
            if (SmsParts.fits(candidate + tail, maxParts)) {
                return candidate + tail;
            }
        }
        // Not even the first word fits beside the reply line: then the reply line alone.
        return tail.strip();
    }

    private static void addSentence(List<String> sentences, String text) {
        String oneLine = oneLine(text);
        if (!oneLine.isEmpty()) {
            sentences.add(sentence(oneLine));
        }
    }

    /** Paragraphs and lines become one line: a text message has no layout worth its characters. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String sentence(String text) {
        String line = oneLine(text);
        if (line.isEmpty() || line.matches(".*[.!?]$")) {
            return line;
        }
        return line.replaceAll("[,;:]+$", "") + ".";
    }

    private static String withoutRedundantStart(String title, Texts texts) {
        String stripped = title.strip();
        for (String start : texts.get("redundant.title.starts").split(",")) {
            if (stripped.toLowerCase(Locale.ROOT).startsWith(start)) {
                String rest = stripped.substring(start.length()).strip();
                return rest.isEmpty() ? stripped : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return stripped;
    }

    private static String stripTrailingPunctuation(String text) {
        return text.replaceAll("[\\s,;:.!?-]+$", "");
    }
}
