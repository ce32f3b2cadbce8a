package nl.burgernet.channel.email.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.burgernet.channel.api.MunicipalityProfile;
import nl.burgernet.channel.api.OutgoingMessage;
import nl.burgernet.channel.email.Texts;

/**
 * Renders alert messages with Mustache.java. The templates are compiled once; {@link #render} runs once per batch,
 * never per recipient. The HTML template escapes every value; the text template prints values as they are.
 */
public final class MailTemplates {

    static final String BUNDLE = "nl.burgernet.channel.email.render.MailTexts";
    private static final String HTML_TEMPLATE = "nl/burgernet/channel/email/render/mail.html.mustache";
    private static final String TEXT_TEMPLATE = "nl/burgernet/channel/email/render/mail.txt.mustache";

    private final Mustache html;
    private final Mustache text;

    public MailTemplates() {
        this.html = new DefaultMustacheFactory(MailTemplates::openTemplate).compile(HTML_TEMPLATE);
        this.text = new PlainTextMustacheFactory().compile(TEXT_TEMPLATE);
    }

    public RenderedMail render(MunicipalityProfile municipality, OutgoingMessage message) {
        Texts texts = Texts.of(BUNDLE, Locale.of(message.language()));
        MailView view = new MailView(municipality, message, texts);
        return new RenderedMail(
                texts.format("subject", view.title()),
                run(text, view),
                run(html, view),
                texts.get("greeting.named"),
                texts.get("greeting.anonymous"),
                texts.language());
    }

    /** From this jar, whatever the thread's context class loader is when the bean is created. */
    private static Reader openTemplate(String name) {
        InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(name);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String run(Mustache template, MailView view) {
        StringWriter out = new StringWriter(8192);
        template.execute(out, view);
        return out.toString();
    }

    /** A factory whose templates print values unescaped: plain text has no markup to protect. */
    private static final class PlainTextMustacheFactory extends DefaultMustacheFactory {

        PlainTextMustacheFactory() {
            super(MailTemplates::openTemplate);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
