package nl.burgernet.channel.email.render;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.burgernet.channel.api.MunicipalityProfile;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.email.Texts;

/**
 * What the templates see: one message of one municipality in one language. Mustache reads its public methods by
 * name; every value is plain text, escaped by the HTML template and printed as is by the text template.
 */
public final class MailView {

    /** Burgernet's own blue, for municipalities that set no colour. */
    static final String DEFAULT_COLOUR = "#0B4A8B";

    private static final int PREHEADER_LENGTH = 110;

    /** One line of a paragraph; {@code first} lets the template put a line break before all others. */
    public record Line(String text, boolean first) {}

    /** A paragraph as its lines. */
    public record Paragraph(List<Line> lines) {}

    private final MunicipalityProfile municipality;
    private final OutgoingMessage message;
    private final Texts texts;
    private final Map<String, String> textMap;
    private final Map<String, String> slotMarkers = new HashMap<>();

    MailView(MunicipalityProfile municipality, OutgoingMessage message, Texts texts) {
        this.municipality = municipality;
        this.message = message;
        this.texts = texts;
        this.textMap = Map.ofEntries(
                Map.entry("whatYouCanDo", texts.get("whatYouCanDo")),
                Map.entry("safetyTip", texts.get("safetyTip")),
                Map.entry("respondHeading", texts.get("respond.heading")),
                Map.entry("respondReply", texts.get("respond.reply")),
                Map.entry("respondCall", texts.get("respond.call")),
                Map.entry("outcomeThanks", texts.get("outcome.thanks")),
                Map.entry("preferences", texts.get("footer.preferences")),
                Map.entry("unsubscribe", texts.get("footer.unsubscribe")),
                Map.entry("moreInfo", texts.get("footer.moreInfo")),
                Map.entry("reference", texts.get("footer.reference")));
        EnumMap<Slot, String> markers = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            markers.put(slot, slot.marker());
        }
        slotMarkers.put("greeting", markers.get(Slot.GREETING));
        slotMarkers.put("preferencesUrl", markers.get(Slot.PREFERENCES_URL));
        slotMarkers.put("unsubscribeUrl", markers.get(Slot.UNSUBSCRIBE_URL));
    }

    public String lang() {
        return texts.language();
    }

    public Map<String, String> t() {
        return textMap;
    }

    public Map<String, String> slot() {
        return slotMarkers;
    }

    public String municipalityName() {
        return PlainText.oneLine(municipality.name());
    }

    public boolean hasLogo() {
        return municipality.logoUrl() != null;
    }

    public String logoUrl() {
        return hasLogo() ? municipality.logoUrl().toASCIIString() : "";
    }

    public String logoAlt() {
        return texts.format("logo.alt", municipalityName());
    }

    public String brandColour() {
        return municipality.brandColour().isEmpty() ? DEFAULT_COLOUR : municipality.brandColour();
    }

    /** Black or white, whichever reads better on the brand colour (WCAG relative luminance). */
    public String brandTextColour() {
        int rgb = Integer.parseInt(brandColour().substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return luminance > 0.179 ? "#000000" : "#FFFFFF";
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public String kindLabel() {
        return texts.get("kind." + message.kind().name());
    }

    public String title() {
        return PlainText.oneLine(message.title());
    }

    public String reference() {
        return PlainText.oneLine(message.alertReference());
    }

    public List<Paragraph> paragraphs() {
        return toParagraphs(message.body());
    }

    public String bodyText() {
        return asText(message.body());
    }

    /** A few words of the message for the inbox preview line. */
    public String preheader() {
        String oneLine = PlainText.oneLine(message.body());
        return oneLine.length() <= PREHEADER_LENGTH ? oneLine : oneLine.substring(0, PREHEADER_LENGTH - 1) + "…";
    }

    public boolean hasInstructions() {
        return !PlainText.clean(message.instructions()).isEmpty();
    }

    public List<Paragraph> instructions() {
        return toParagraphs(message.instructions());
    }

    public String instructionsText() {
        return asText(message.instructions());
    }

    /** The "what you can do" block: the operator's instructions and the safety tip, while the alert is open. */
    public boolean hasAdvice() {
        return !isOutcome();
    }

    public boolean invitesAnswers() {
        return !isOutcome();
    }

    public boolean isOutcome() {
        return message.kind() == OutgoingMessage.Kind.OUTCOME;
    }

    public String footerWhy() {
        return texts.format("footer.why", municipalityName());
    }

    public boolean hasContact() {
        return !contactAddress().isEmpty();
    }

    public String contactAddress() {
        return PlainText.oneLine(municipality.contactAddress());
    }

    public String footerQuestions() {
        return texts.format("footer.questions", municipalityName());
    }

    private static List<Paragraph> toParagraphs(String text) {
        return PlainText.paragraphs(text).stream()
                .map(lines -> new Paragraph(IntStream.range(0, lines.size())
                        .mapToObj(i -> new Line(lines.get(i), i == 0))
                        .toList()))
                .toList();
    }

    private static String asText(String text) {
        return PlainText.paragraphs(text).stream()
                .map(lines -> String.join("\n", lines))
                .collect(Collectors.joining("\n\n"));
    }
}
