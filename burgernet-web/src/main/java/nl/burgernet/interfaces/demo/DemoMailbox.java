package nl.burgernet.interfaces.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.burgernet.infrastructure.mail.MailServerSettings;

/**
 * Reads a mailbox of the embedded GreenMail server over IMAP. GreenMail creates a mailbox for every address it
 * receives mail for, with the address as both login and password; that is what makes this possible, and why it only
 * exists in the demo.
 */
@ApplicationScoped
public class DemoMailbox {

    private static final int MAX_MESSAGES = 50;

    @Inject
    MailServerSettings settings;

    public List<MailSummary> list(String address) throws MessagingException, IOException {
        try (Store store = open(address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] all = inbox.getMessages();
                List<MailSummary> result = new ArrayList<>();
                for (int i = all.length - 1; i >= 0 && result.size() < MAX_MESSAGES; i--) {
                    result.add(summary(all[i]));
                }
                return result;
            } finally {
                inbox.close(false);
            }
        }
    }

    /**
     * Answers a mail as the resident would with their mail client: to its Reply-To, threaded under it, with the
     * original quoted below a Dutch attribution line (which the portal strips again).
     */
    public void reply(String residentAddress, MailSummary original, String answer) throws MessagingException {
        MimeMessage reply = new MimeMessage(settings.session());
        reply.setFrom(new InternetAddress(residentAddress));
        reply.setRecipients(Message.RecipientType.TO, original.replyTo());
        reply.setSubject("Re: " + original.subject(), "UTF-8");
        if (!original.messageId().isBlank()) {
            reply.setHeader("In-Reply-To", original.messageId());
            reply.setHeader("References", original.messageId());
        }
        StringBuilder quoted = new StringBuilder();
        original.text().lines().forEach(line -> quoted.append("> ").append(line).append('\n'));
        reply.setText(
                answer.strip() + "\n\nOp " + original.sentAt() + " schreef " + original.from() + ":\n" + quoted,
                "UTF-8");
        Transport.send(reply);
    }

    private Store open(String address) throws MessagingException {
        Store store = settings.session().getStore("imap");
        store.connect(settings.imapHost(), settings.imapPort(), address, address);
        return store;
    }

    private static MailSummary summary(Message m) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(m, text, html);
        List<String> headers = new ArrayList<>();
        for (String name : new String[] {
            "Message-ID",
            "In-Reply-To",
            "References",
            "Reply-To",
            "Return-Path",
            "List-Unsubscribe",
            "List-Unsubscribe-Post",
            "Auto-Submitted"
        }) {
            String[] values = m.getHeader(name);
            if (values != null) {
                headers.add(name + ": " + String.join(", ", values));
            }
        }
        String[] ids = m.getHeader("Message-ID");
        return new MailSummary(
                m.getMessageNumber(),
                ids == null || ids.length == 0 ? "" : ids[0],
                m.getReplyTo() == null || m.getReplyTo().length == 0
                        ? ""
                        : ((InternetAddress) m.getReplyTo()[0]).getAddress(),
                addresses(m.getFrom()),
                addresses(m.getRecipients(Message.RecipientType.TO)),
                m.getSubject(),
                m.getSentDate() == null ? null : m.getSentDate().toInstant(),
                headers,
                text.toString(),
                html.toString());
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html)
            throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && text.isEmpty()) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                collect(child, text, html);
            }
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }

    /** One received mail, newest first in a list. */
    public record MailSummary(
            int number,
            String messageId,
            String replyTo,
            String from,
            String to,
            String subject,
            Instant sentAt,
            List<String> headers,
            String text,
            String html) {}
}
