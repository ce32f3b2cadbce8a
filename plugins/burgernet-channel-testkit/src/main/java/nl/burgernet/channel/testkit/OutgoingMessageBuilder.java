package nl.burgernet.channel.testkit;

import java.net.URI;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.api.OutgoingMessage.Kind;

/** Builds an {@link OutgoingMessage}; by default the first message of a Dutch alert about a robbery. */
public final class OutgoingMessageBuilder {

    private String alertReference = "BN-2026-000123";
    private int sequence = 0;
    private Kind kind = Kind.ALERT;
    private String language = "nl";
    private String title = "Gezocht: man op grijze scooter na overval in Maarssen";
    private String body =
            """
            Vanmiddag om 14.10 uur is de supermarkt aan de Bisonspoor in Maarssen overvallen.
            De dader is gevlucht op een grijze scooter in de richting van de A2.

            Signalement: man, ongeveer 25 jaar, slank, donkere jas met capuchon, zwarte rugzak.""";
    private String instructions =
            """
            Let op een grijze scooter met een bestuurder in een donkere jas.
            Spreek de persoon niet zelf aan.""";
    private URI alertPage;

    private OutgoingMessageBuilder() {}

    public static OutgoingMessageBuilder anAlert() {
        return new OutgoingMessageBuilder();
    }

    /** An update (sequence 1) to the default alert. */
    public static OutgoingMessageBuilder anUpdate() {
        return anAlert()
                .kind(Kind.UPDATE)
                .sequence(1)
                .title("Update: scooter gezien bij station Maarssen")
                .body("De scooter is om 14.40 uur gezien bij het station van Maarssen.");
    }

    /** The outcome ("afloop", sequence 2) of the default alert. */
    public static OutgoingMessageBuilder anOutcome() {
        return anAlert()
                .kind(Kind.OUTCOME)
                .sequence(2)
                .title("Afloop: verdachte aangehouden")
                .body("Dankzij uw tips is de verdachte om 15.05 uur aangehouden. Hartelijk dank voor uw hulp!")
                .instructions("");
    }

    public OutgoingMessageBuilder alertReference(String alertReference) {
        this.alertReference = alertReference;
        return this;
    }

    public OutgoingMessageBuilder sequence(int sequence) {
        this.sequence = sequence;
        return this;
    }

    public OutgoingMessageBuilder kind(Kind kind) {
        this.kind = kind;
        return this;
    }

    public OutgoingMessageBuilder language(String language) {
        this.language = language;
        return this;
    }

    public OutgoingMessageBuilder title(String title) {
        this.title = title;
        return this;
    }

    public OutgoingMessageBuilder body(String body) {
        this.body = body;
        return this;
    }

    public OutgoingMessageBuilder instructions(String instructions) {
        this.instructions = instructions;
        return this;
    }

    /** The alert's public page; none by default. */
    public OutgoingMessageBuilder alertPage(URI alertPage) {
        this.alertPage = alertPage;
        return this;
    }

    public OutgoingMessage build() {
        return new OutgoingMessage(alertReference, sequence, kind, language, title, body, instructions, alertPage);
    }
}
