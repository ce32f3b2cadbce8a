package nl.burgernet.channel.email.render;

/**
 * One message rendered for one municipality and language, with {@link Slot} markers where each recipient's own
 * parts go.
 *
 * @param subject the subject, one line, not yet encoded for a header
 * @param text the plain-text body, complete on its own, lines ending in {@code \n}
 * @param html the HTML body, every value escaped
 * @param greetingNamed the greeting for a recipient with a name, {@code {0}} where the name goes
 * @param greetingAnonymous the greeting for a recipient without a name
 * @param language the language rendered in, {@code nl} or {@code en}
 */
public record RenderedMail(
        String subject, String text, String html, String greetingNamed, String greetingAnonymous, String language) {

    /** The greeting for one recipient, as plain text. */
    public String greeting(String displayName) {
        String name = PlainText.oneLine(displayName);
        return name.isEmpty() ? greetingAnonymous : greetingNamed.replace("{0}", name);
    }
}
