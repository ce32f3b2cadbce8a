package nl.burgernet.infrastructure.mail.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a reply's plain text down to what the resident wrote, in English and Dutch: quoted lines, attribution
 * lines ("On ... wrote:", "Op ... schreef ...:", "Op ... heeft ... het volgende geschreven:", also wrapped over
 * several lines), Outlook header blocks and everything under them, forwarded-message markers, and signatures.
 *
 * <p>A line classifier rather than a port of GitHub's email_reply_parser: no port of it is on Maven Central, and
 * its rules know neither Dutch clients nor bottom-posting. The rules here, in order of trust:
 *
 * <ol>
 *   <li>An Outlook separator or header block (From/Van, Sent/Verzonden/Date/Datum, To/Aan, Subject/Onderwerp)
 *       ends the resident's text: Outlook quotes without {@code >}, so nothing below it can be told apart.
 *   <li>An attribution line followed by {@code >} lines introduces a quote; text after the quote is the
 *       resident's again (bottom-posted and inline answers). An attribution followed by unmarked text
 *       introduces an unmarked quote, and ends the resident's text.
 *   <li>A signature after "-- " is dropped up to the next quote. A phone's signature ("Sent from my iPhone",
 *       "Verzonden vanaf mijn iPhone") or a closing ("Met vriendelijke groet,") is dropped with the lines under
 *       it only when those look like a name block: few, short, and not sentences, so a "PS." after the closing
 *       and text that merely starts with the same words are kept.
 * </ol>
 *
 * <p>An attribution needs a digit (its date) or an address, so that a Dutch sentence such as "Op de muur
 * schreef hij:" is not taken for one.
 */
final class QuotedTextStripper {

    /** The resident's text, and whether a forwarded-message marker was seen. */
    record Result(String text, boolean forwardMarkerSeen) {}

    private static final int MAX_ATTRIBUTION_LINES = 3;
    private static final int MAX_ATTRIBUTION_LENGTH = 500;
    private static final int HEADER_BLOCK_WINDOW = 8;
    private static final int MAX_CLOSING_BLOCK_LINES = 5;
    /** Longer than any phone signature or closing line; longer lines skip those patterns. */
    private static final int MAX_SIGNATURE_LINE_LENGTH = 120;

    private static final int MAX_CLOSING_LINE_LENGTH = 60;
    private static final int MAX_CLOSING_LINE_WORDS = 8;

    private static final List<String> VERBS = List.of("wrote", "schreef", "geschreven", "schrieb", "crit", "escribi");
    private static final String VERB = "(?:wrote|schreef|geschreven|schrieb|a\\s+[ée]crit|escribi[óo])";
    private static final Pattern ATTRIBUTION_BY_OPENING = Pattern.compile(
            "(?iu)^(?:On|Op|Am|Le|El)\\s.{3," + MAX_ATTRIBUTION_LENGTH + "}?\\b" + VERB + "\\b[^\\n]{0,300}:\\s*$");
    private static final Pattern ATTRIBUTION_WITH_ADDRESS =
            Pattern.compile("(?iu)^[^\\n]{0,300}[@<][^\\n]{0,300}\\b" + VERB + "\\b[^\\n]{0,200}:\\s*$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("(?iu)^(?:On|Op|Am|Le|El)\\s\\S");

    private static final Pattern FORWARD_MARKER = Pattern.compile("(?iu)^(?:-{2,}\\s*)?(?:Forwarded message"
            + "|Doorgestuurd bericht|Begin forwarded message|Begin doorgestuurd bericht|Weitergeleitete Nachricht"
            + "|Message transféré)\\s*:?\\s*(?:-{2,})?$");
    private static final Pattern ORIGINAL_MESSAGE_MARKER = Pattern.compile("(?iu)^-{2,}\\s*(?:Original Message"
            + "|Oorspronkelijk bericht|Origineel bericht|Oorspronkelijk e-mailbericht|Ursprüngliche Nachricht"
            + "|Message d'origine|Reply message|Antwoordbericht)\\s*-{2,}$");
    private static final Pattern UNDERSCORE_RULE = Pattern.compile("^_{20,}$");

    private static final Pattern HEADER_FROM = Pattern.compile("(?iu)^\\*?(?:From|Van|Von|De)\\s?:\\*?\\s*\\S.*");
    private static final Pattern HEADER_DATE =
            Pattern.compile("(?iu)^\\*?(?:Sent|Verzonden|Verstuurd|Date|Datum|Gesendet|Envoyé)\\s?:\\*?.*");
    private static final Pattern HEADER_TO = Pattern.compile("(?iu)^\\*?(?:To|Aan|An|À|Cc)\\s?:\\*?.*");
    private static final Pattern HEADER_SUBJECT =
            Pattern.compile("(?iu)^\\*?(?:Subject|Onderwerp|Betreff|Objet)\\s?:\\*?.*");

    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile("(?iu)^(?:Sent from (?:my |Mail for |Yahoo"
            + "|Outlook)|Sent with |Get Outlook for |Download Outlook for |Verzonden (?:vanaf|vanuit|met|via) "
            + "|Verstuurd (?:vanaf|vanuit|met|via) |Outlook voor (?:iOS|Android) downloaden|Von meinem .{1,30}"
            + " gesendet|Envoyé de mon ).{0,60}$");
    private static final Pattern CLOSING = Pattern.compile("(?iu)^(?:met )?(?:vriendelijke |hartelijke |beste "
            + "|lieve |zonnige )?(?:groet(?:en|jes)?|mvg|m\\.v\\.g\\.?|gr\\.?|(?:kind |best |warm |many )?regards"
            + "|best wishes|cheers|sincerely|yours sincerely|with kind regards)\\b[,.!]?(?:\\s+\\S.{0,40})?$");
    /** A line ending like a sentence ("... gezien.", "Bel me?"), unlike a name block's "B.V." or "Jr.". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?u).*(?:\\p{Ll}{2}\\.|[?!:;])$");

    Result strip(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>();
        boolean forward = false;
        boolean inSignature = false;
        boolean dropped = false;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (isQuoted(lines[i])) {
                inSignature = false;
                dropped = true;
                i++;
                continue;
            }
            if (FORWARD_MARKER.matcher(line).matches()) {
                forward = true;
                break;
            }
            if (ORIGINAL_MESSAGE_MARKER.matcher(line).matches()
                    || UNDERSCORE_RULE.matcher(line).matches()
                    || isHeaderBlock(lines, i)) {
                break;
            }
            int attribution = attributionLength(lines, i);
            if (attribution > 0) {
                int next = nextNonBlank(lines, i + attribution);
                if (next < lines.length && isQuoted(lines[next])) {
                    dropped = true;
                    i = next;
                    continue;
                }
                break;
            }
            if (inSignature) {
                i++;
                continue;
            }
            if (isSignatureStart(lines, i)) {
                inSignature = true;
                dropped = true;
                i++;
                continue;
            }
            if (dropped && !line.isEmpty() && !kept.isEmpty() && !kept.getLast().isBlank()) {
                // Text on both sides of a removed quote is two paragraphs, not one run-on line.
                kept.add("");
            }
            dropped = dropped && line.isEmpty();
            kept.add(lines[i]);
            i++;
        }
        return new Result(SafeText.tidy(String.join("\n", kept)), forward);
    }

    private static boolean isQuoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static int nextNonBlank(String[] lines, int from) {
        int j = from;
        while (j < lines.length && lines[j].isBlank()) {
            j++;
        }
        return j;
    }

    /** How many lines (1 to 3) starting at {@code i} form an attribution line, or 0. */
    private static int attributionLength(String[] lines, int i) {
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < MAX_ATTRIBUTION_LINES && i + k < lines.length; k++) {
            String part = lines[i + k].strip();
            if (part.isEmpty() || isQuoted(part)) {
                return 0;
            }
            if (k > 0) {
                joined.append(joined.charAt(joined.length() - 1) == '<' ? "" : " ");
            }
            joined.append(part);
            if (joined.length() > MAX_ATTRIBUTION_LENGTH) {
                return 0;
            }
            if (mentionsWriting(joined) && isAttribution(joined)) {
                return k + 1;
            }
            if (k == 0 && !ATTRIBUTION_START.matcher(part).find() && part.indexOf('@') < 0 && part.indexOf('<') < 0) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * A cheap test before the attribution patterns, which are costly on long lines: only a line with one of the
     * verbs can be an attribution, and most lines have none.
     */
    private static boolean mentionsWriting(CharSequence candidate) {
        String lower = candidate.toString().toLowerCase(Locale.ROOT);
        for (String verb : VERBS) {
            if (lower.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAttribution(CharSequence candidate) {
        return (ATTRIBUTION_BY_OPENING.matcher(candidate).matches()
                        && candidate.chars().anyMatch(Character::isDigit))
                || ATTRIBUTION_WITH_ADDRESS.matcher(candidate).matches();
    }

    /** A From/Van line followed closely by a date line and a To or Subject line: an Outlook-style quote header. */
    private static boolean isHeaderBlock(String[] lines, int i) {
        if (!HEADER_FROM.matcher(lines[i].strip()).matches()) {
            return false;
        }
        boolean date = false;
        boolean toOrSubject = false;
        for (int j = i + 1; j < Math.min(lines.length, i + 1 + HEADER_BLOCK_WINDOW); j++) {
            String line = lines[j].strip();
            date |= HEADER_DATE.matcher(line).matches();
            toOrSubject |= HEADER_TO.matcher(line).matches()
                    || HEADER_SUBJECT.matcher(line).matches();
        }
        return date && toOrSubject;
    }

    private static boolean isSignatureStart(String[] lines, int i) {
        if (SIGNATURE_DELIMITER.matcher(lines[i]).matches()) {
            return true;
        }
        String line = lines[i].strip();
        return line.length() <= MAX_SIGNATURE_LINE_LENGTH
                && (MOBILE_SIGNATURE.matcher(line).matches()
                        || CLOSING.matcher(line).matches())
                && onlyNameBlockFollows(lines, i + 1);
    }

    /**
     * Whether the lines from {@code from} up to the end of the resident's text are at most a few short lines
     * that are not sentences: a name, a phone number, an address.
     */
    private static boolean onlyNameBlockFollows(String[] lines, int from) {
        int nameLines = 0;
        for (int j = from; j < lines.length; j++) {
            String line = lines[j].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (endsResidentText(lines, j)) {
                break;
            }
            if (++nameLines > MAX_CLOSING_BLOCK_LINES || !looksLikeNameBlockLine(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsResidentText(String[] lines, int j) {
        String line = lines[j].strip();
        return isQuoted(line)
                || FORWARD_MARKER.matcher(line).matches()
                || ORIGINAL_MESSAGE_MARKER.matcher(line).matches()
                || UNDERSCORE_RULE.matcher(line).matches()
                || SIGNATURE_DELIMITER.matcher(lines[j]).matches()
                || MOBILE_SIGNATURE.matcher(line).matches()
                || isHeaderBlock(lines, j)
                || attributionLength(lines, j) > 0;
    }

    private static boolean looksLikeNameBlockLine(String line) {
        return line.length() <= MAX_CLOSING_LINE_LENGTH
                && line.split("\\s+").length <= MAX_CLOSING_LINE_WORDS
                && !SENTENCE_END.matcher(line).matches();
    }
}
