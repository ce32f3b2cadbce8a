package nl.burgernet.infrastructure.mail.reply;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.domain.model.reply.AutoReply;
import nl.burgernet.domain.model.reply.AutoReplySignal;
import nl.burgernet.domain.model.reply.BounceInfo;
import nl.burgernet.domain.model.reply.BounceSeverity;
import nl.burgernet.domain.model.reply.InboundMail;
import nl.burgernet.domain.model.reply.KeyForm;
import nl.burgernet.domain.model.reply.KeyMatch;
import nl.burgernet.domain.model.reply.ParsedReply;
import nl.burgernet.domain.model.reply.ReplySender;
import nl.burgernet.domain.model.reply.UnreadableMail;
import nl.burgernet.domain.model.reply.UnreadableReason;
import nl.burgernet.infrastructure.mail.reply.BounceReader.Report;
import nl.burgernet.infrastructure.mail.reply.MimeContentReader.Content;

/**
 * Classifies one mail from the reply mailbox as a resident's reply, an automatic answer, a bounce or an
 * unreadable mail, and takes out what the intake stores. It never throws for anything in the mail itself:
 * whatever it cannot read becomes an {@link UnreadableMail} with the reason, for quarantine.
 *
 * <p>Thread-safe; build one per set of settings and share it.
 */
public final class InboundMailParser {

    private static final int MAX_HEADER_LENGTH = 998;
    private static final int MAX_NAME_LENGTH = 200;
    private static final Pattern FORWARD_SUBJECT =
            Pattern.compile("(?iu)^\\s*(?:(?:re|antw|aw|sv)\\s*:\\s*)*(?:fwd?|doorst|tr|wg|doorgestuurd)\\s*:");
    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s<>\"',;:()]+@[^\\s<>\"',;:()]+");
    /** The address in angle brackets that ends a mailbox ({@code Name <addr>}), with an optional comment after it. */
    private static final Pattern FINAL_ANGLE_ADDRESS =
            Pattern.compile("<\\s*([^\\s<>\"',;:()]+@[^\\s<>\"',;:()]+)\\s*>\\s*(?:\\([^()]*\\)\\s*)?$");
    /** A complete mailbox followed by a comma: the value is a list, whose first member is meant. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(">\\s*,");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\n\\s*");

    private final ReplyParserSettings settings;
    private final Session session;
    private final ReplyKeyLocator keys;
    private final BounceReader bounces;
    private final AutoReplyDetector autoReplies = new AutoReplyDetector();
    private final MimeContentReader contents;
    private final QuotedTextStripper stripper = new QuotedTextStripper();
    private final HtmlReplyText html = new HtmlReplyText();

    public InboundMailParser(ReplyParserSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        ReplyAddressFormat format = new ReplyAddressFormat(settings.replyDomains());
        this.keys = new ReplyKeyLocator(format);
        this.bounces = new BounceReader(keys, format);
        this.contents = new MimeContentReader(settings);
        Properties properties = new Properties();
        // Headers in raw UTF-8 (RFC 6532) are common in replies from phones; without this they turn to mojibake.
        properties.setProperty("mail.mime.allowutf8", "true");
        this.session = Session.getInstance(properties);
    }

    /** Classifies a mail given as its raw bytes (RFC 5322), e.g. re-read from quarantine. */
    public InboundMail classify(byte[] rawMessage) {
        MimeMessage message;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(rawMessage));
        } catch (MessagingException | RuntimeException e) {
            return new UnreadableMail("", Optional.empty(), UnreadableReason.NOT_A_MESSAGE, describe(e));
        }
        return classify(message);
    }

    /**
     * Classifies a mail. Pass a message held in memory: for a message on an IMAP server, a copy made with
     * {@code new MimeMessage(imapMessage)}, so that a dropped connection fails that copy (and the mail stays on
     * the server) instead of making a good mail look unreadable here.
     */
    public InboundMail classify(MimeMessage message) {
        Function<String, String[]> headers = name -> header(message, name);
        String messageId = oneLine(firstValue(headers, "Message-ID"), MAX_HEADER_LENGTH);
        Optional<KeyMatch> key = keys.locate(headers);
        try {
            return classify(message, headers, messageId, key);
        } catch (UnreadableMailException e) {
            return new UnreadableMail(messageId, key, e.reason(), e.getMessage());
        } catch (MessagingException | IOException | RuntimeException e) {
            // Jakarta Mail reports malformed input with checked and unchecked exceptions alike (bad base64,
            // missing boundaries, broken parameters); the caller is promised a result, never an exception.
            return new UnreadableMail(messageId, key, UnreadableReason.BROKEN_MIME, describe(e));
        }
    }

    /**
     * A failure report is recognised by its structure only: a standard report, a mail from the mail system itself
     * (empty return path, mailer-daemon, postmaster) or a status code in a mail that came back to our bounce address.
     * An automatic answer is recognised by its headers (RFC 3834) first, by its subject only when no header says so.
     * Whatever is not a tip keeps its text as a tip would, so that an operator can see it and re-file it.
     */
    private InboundMail classify(
            MimeMessage message, Function<String, String[]> headers, String messageId, Optional<KeyMatch> key)
            throws UnreadableMailException, MessagingException, IOException {
        ContentType type = MimeContentReader.contentType(message);
        ReplySender sender = sender(headers);
        String subject = subject(message);
        if (BounceReader.isDeliveryStatusReport(type)) {
            Optional<Report> report = bounces.readStandard(message);
            if (report.isEmpty()) {
                return new AutoReply(
                        messageId, key, AutoReplySignal.DELIVERY_REPORT_WITHOUT_FAILURE, "multipart/report");
            }
            Optional<KeyMatch> bounceKey = key.or(() -> report.get().keyInReturnedMessage());
            return bounce(
                    messageId,
                    bounceKey,
                    report.get(),
                    true,
                    asTip(message, messageId, bounceKey, sender, subject, null));
        }
        if (BounceReader.isDispositionReport(type)) {
            return new AutoReply(messageId, key, AutoReplySignal.READ_RECEIPT, "disposition-notification");
        }
        boolean toBounceAddress =
                key.map(k -> k.form() == KeyForm.BOUNCE_ADDRESS).orElse(false);
        boolean robot = BounceReader.isRobotSender(sender.address());
        boolean nullReturnPath = BounceReader.hasNullReturnPath(headers);
        Optional<AutoReplyDetector.Finding> automatic = autoReplies.find(headers, sender.address(), subject);
        boolean answeredByHeader = automatic.isPresent()
                && automatic.get().signal() != AutoReplySignal.ROBOT_SENDER
                && automatic.get().signal() != AutoReplySignal.OUT_OF_OFFICE_SUBJECT;
        Content content = null;
        // A mailer-daemon's report may carry Auto-Submitted too (Exim, Postfix); an empty return path alone is also
        // what RFC 3834 asks of automatic answers, so there the headers are believed first.
        if (robot || ((nullReturnPath || toBounceAddress) && !answeredByHeader)) {
            content = contents.read(message);
            String text = anyText(content);
            Optional<Report> report = bounces.readFreeText(text);
            if (report.isPresent() || (toBounceAddress && (robot || nullReturnPath))) {
                Report r = report.orElse(new Report("", "", "", Optional.empty()));
                Optional<KeyMatch> bounceKey = key.or(() -> keys.locateInText(text));
                return bounce(
                        messageId, bounceKey, r, false, asTip(message, messageId, bounceKey, sender, subject, content));
            }
            if (automatic.isEmpty() && nullReturnPath) {
                automatic = Optional.of(new AutoReplyDetector.Finding(AutoReplySignal.ROBOT_SENDER, "Return-Path: <>"));
            }
        }
        if (automatic.isPresent()) {
            return new AutoReply(
                    messageId,
                    key,
                    automatic.get().signal(),
                    automatic.get().detail(),
                    asTip(message, messageId, key, sender, subject, content));
        }
        if (key.isEmpty()) {
            throw new UnreadableMailException(
                    UnreadableReason.NO_REPLY_KEY,
                    "No reply key in To, Cc, Delivered-To, X-Original-To, In-Reply-To or References");
        }
        if (key.get().form() == KeyForm.BOUNCE_ADDRESS) {
            throw new UnreadableMailException(
                    UnreadableReason.MAIL_TO_BOUNCE_ADDRESS,
                    "Mail to the bounce address that is neither a failure report nor an automatic answer");
        }
        return reply(
                message, messageId, key.get(), sender, subject, content == null ? contents.read(message) : content);
    }

    /**
     * A mail that is not a tip, read as if it were one: what the operator sees of it and what re-filing it as a tip
     * keeps. Empty without a key, or when its content cannot be read (the raw mail is kept in any case).
     */
    private Optional<ParsedReply> asTip(
            MimeMessage message,
            String messageId,
            Optional<KeyMatch> key,
            ReplySender sender,
            String subject,
            Content content) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reply(
                    message,
                    messageId,
                    key.get(),
                    sender,
                    subject,
                    content == null ? contents.read(message) : content));
        } catch (UnreadableMailException | MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private InboundMail bounce(
            String messageId, Optional<KeyMatch> key, Report report, boolean standard, Optional<ParsedReply> asTip) {
        if (key.isEmpty()) {
            return new UnreadableMail(
                    messageId,
                    key,
                    UnreadableReason.FAILURE_REPORT_WITHOUT_KEY,
                    report.recipient().isEmpty() ? "" : "Failure for " + report.recipient());
        }
        return new BounceInfo(
                messageId,
                key.get(),
                report.recipient(),
                BounceSeverity.ofStatus(report.status()),
                report.status(),
                report.diagnostic(),
                standard,
                asTip);
    }

    private ParsedReply reply(
            MimeMessage message, String messageId, KeyMatch key, ReplySender sender, String subject, Content content) {
        boolean fromHtml = content.plainTexts().stream().allMatch(String::isBlank)
                && !content.htmlTexts().isEmpty();
        String original;
        QuotedTextStripper.Result stripped;
        if (fromHtml) {
            HtmlReplyText.Texts texts = html.texts(String.join("\n", content.htmlTexts()));
            original = SafeText.tidy(SafeText.clean(texts.full()));
            stripped = stripper.strip(SafeText.clean(texts.withoutQuotes()));
        } else {
            original = SafeText.clean(String.join("\n", content.plainTexts()));
            stripped = stripper.strip(original);
        }
        boolean truncated = content.truncated()
                || SafeText.exceeds(stripped.text(), settings.maxTextLength())
                || SafeText.exceeds(original, settings.maxOriginalTextLength());
        return new ParsedReply(
                key,
                messageId,
                sender,
                subject,
                sentAt(message),
                stripped.forwardMarkerSeen() || FORWARD_SUBJECT.matcher(subject).find(),
                SafeText.cap(stripped.text(), settings.maxTextLength()),
                SafeText.cap(original, settings.maxOriginalTextLength()),
                fromHtml,
                content.images(),
                content.listed(),
                truncated);
    }

    private String anyText(Content content) {
        String plain = String.join("\n", content.plainTexts());
        return SafeText.clean(plain.isBlank() ? html.fullText(String.join("\n", content.htmlTexts())) : plain);
    }

    private static ReplySender sender(Function<String, String[]> headers) {
        Optional<InternetAddress> from = firstAddress(firstValue(headers, "From"));
        return new ReplySender(
                from.map(InternetAddress::getAddress).orElse(""),
                from.map(InternetAddress::getPersonal)
                        .map(n -> oneLine(n, MAX_NAME_LENGTH))
                        .orElse(""),
                firstAddress(firstValue(headers, "Reply-To"))
                        .map(InternetAddress::getAddress)
                        .orElse(""),
                firstAddress(firstValue(headers, "Sender"))
                        .map(InternetAddress::getAddress)
                        .orElse(""));
    }

    /**
     * The first address in a header value; a malformed list still yields the address that is plainly there. A single
     * mailbox's address is the one in angle brackets at its end: an address written in the display name, plainly or
     * hidden in an encoded word ({@code =?UTF-8?Q?Jan_<jan@example.nl>?= <other@example.org>}), is only a name, and
     * taking it for the sender would let anyone pass for the participant.
     */
    private static Optional<InternetAddress> firstAddress(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            Matcher angle = FINAL_ANGLE_ADDRESS.matcher(value);
            if (angle.find()
                    && !LIST_SEPARATOR
                            .matcher(value.substring(0, angle.start()))
                            .find()) {
                InternetAddress address = plainAddress(angle.group(1));
                address.setPersonal(displayName(value.substring(0, angle.start())), "UTF-8");
                return Optional.of(address);
            }
            for (Address a : InternetAddress.parseHeader(value, false)) {
                if (a instanceof InternetAddress address && isPlausible(address)) {
                    return Optional.of(new InternetAddress(oneLine(address.getAddress(), 320), address.getPersonal()));
                }
            }
        } catch (AddressException | UnsupportedEncodingException | RuntimeException e) {
            // fall through to the plain search below
        }
        Matcher m = ANY_ADDRESS.matcher(value);
        return m.find() ? Optional.of(plainAddress(m.group())) : Optional.empty();
    }

    /** The display name before a mailbox's angle brackets: unquoted and decoded (RFC 2047); "" when it cannot be. */
    private static String displayName(String phrase) {
        String name = phrase.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return name;
        }
    }

    private static boolean isPlausible(InternetAddress address) {
        try {
            address.validate();
            return address.getAddress().contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    private static InternetAddress plainAddress(String address) {
        InternetAddress a = new InternetAddress();
        a.setAddress(oneLine(address, 320));
        return a;
    }

    private static String subject(MimeMessage message) {
        try {
            return oneLine(Objects.requireNonNullElse(message.getSubject(), ""), MAX_HEADER_LENGTH);
        } catch (MessagingException | RuntimeException e) {
            return oneLine(firstValue(name -> header(message, name), "Subject"), MAX_HEADER_LENGTH);
        }
    }

    private static Optional<Instant> sentAt(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSentDate()).map(Date::toInstant);
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String[] header(MimeMessage message, String name) {
        try {
            return message.getHeader(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String firstValue(Function<String, String[]> headers, String name) {
        String[] values = headers.apply(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    private static String oneLine(String text, int maxLength) {
        return SafeText.cap(
                LINE_BREAKS.matcher(SafeText.clean(text)).replaceAll(" ").strip(), maxLength);
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage(), 200);
        return e.getClass().getSimpleName() + message;
    }
}
