package nl.burgernet.application.resident;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Date;
import java.util.ResourceBundle;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;

/**
 * Renders a {@link ResidentMail} as a MIME message: multipart/alternative with a plain-text and an HTML part in the
 * resident's language, from the municipality's sender, marked {@code Auto-Submitted: auto-generated} (RFC 3834) so
 * well-behaved auto-responders stay quiet. Replies go to the municipality's contact address when it has one.
 */
public final class ResidentMailComposer {

    static final String BUNDLE = "nl.burgernet.resident.mail";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String fallbackSender;
    private final long confirmValidDays;
    private final long manageValidHours;

    /**
     * @param fallbackSender the address mail comes from when the municipality set no sender of its own
     * @param confirmValidity how long a confirmation link works, as the mail tells the resident
     */
    public ResidentMailComposer(String fallbackSender, Duration confirmValidity) {
        this(fallbackSender, confirmValidity, Duration.ofHours(24));
    }

    /** @param manageValidity how long a manage link works, as the mail tells the resident */
    public ResidentMailComposer(String fallbackSender, Duration confirmValidity, Duration manageValidity) {
        this.fallbackSender = fallbackSender;
        this.confirmValidDays = confirmValidity.toDays();
        this.manageValidHours = manageValidity.toHours();
    }

    public MimeMessage compose(Session session, ResidentMail mail) throws MessagingException {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, mail.language().locale(), ResidentMailComposer.class.getClassLoader(), NO_FALLBACK);
        Texts t = new Texts(texts, mail, confirmValidDays, manageValidHours);

        MimeMessage message = new MimeMessage(session);
        MunicipalitySettings settings = mail.municipality().settings();
        message.setFrom(sender(mail, t));
        if (present(settings.contactEmail())) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(settings.contactEmail(), true)});
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(t.of(mail.kind().key() + ".subject"), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        // Outlook/Exchange's own switch for the same thing: no out-of-office replies to this mail.
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader("Content-Language", mail.language().code());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(plainText(mail, t), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(mail, t, settings.brandColour()), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private InternetAddress sender(ResidentMail mail, Texts t) throws MessagingException {
        MunicipalitySettings s = mail.municipality().settings();
        String address = present(s.senderEmail()) ? s.senderEmail() : fallbackSender;
        String name = present(s.senderName()) ? s.senderName() : t.of("sender");
        try {
            return new InternetAddress(address, name, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }

    private static String plainText(ResidentMail mail, Texts t) {
        String k = mail.kind().key();
        return t.of("greeting") + "\n\n" + t.of(k + ".intro") + "\n\n" + t.of(k + ".action") + ":\n" + mail.link()
                + "\n\n" + t.of(k + ".outro") + "\n\n" + t.of("signature") + "\n\n-- \n" + t.footer() + "\n";
    }

    private static String html(ResidentMail mail, Texts t, String brandColour) {
        String k = mail.kind().key();
        String link = escape(mail.link());
        return "<!DOCTYPE html><html lang=\"" + mail.language().code() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(t.of(k + ".subject")) + "</title></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a\">"
                + "<p>" + escape(t.of("greeting")) + "</p>"
                + "<p>" + escape(t.of(k + ".intro")) + "</p>"
                + "<p><a href=\"" + link + "\" style=\"display:inline-block;padding:12px 20px;background:" + brandColour
                + ";color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold\">"
                + escape(t.of(k + ".action")) + "</a></p>"
                + "<p style=\"font-size:14px\">" + escape(t.of("linkFallback")) + "<br><a href=\"" + link + "\">"
                + link + "</a></p>"
                + "<p>" + escape(t.of(k + ".outro")) + "</p>"
                + "<p>" + escape(t.of("signature")).replace("\n", "<br>") + "</p>"
                + "<hr style=\"border:none;border-top:1px solid #ccc\">"
                + "<p style=\"font-size:13px;color:#555\">" + escape(t.footer()) + "</p>"
                + "</body></html>";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * The bundle's patterns with the mail's arguments: {0} municipality, {1} days a confirm link lasts, {2} contact,
     * {3} hours a manage link lasts.
     */
    private record Texts(ResourceBundle bundle, ResidentMail mail, long confirmValidDays, long manageValidHours) {

        String of(String key) {
            MunicipalitySettings s = mail.municipality().settings();
            return new MessageFormat(bundle.getString(key), mail.language().locale()).format(new Object[] {
                mail.municipality().name(),
                Long.toString(confirmValidDays),
                s.contactEmail() == null ? "" : s.contactEmail(),
                Long.toString(manageValidHours)
            });
        }

        String footer() {
            return of(present(mail.municipality().settings().contactEmail()) ? "footer.contact" : "footer.noContact");
        }
    }
}
