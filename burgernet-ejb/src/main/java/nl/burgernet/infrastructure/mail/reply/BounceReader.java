package nl.burgernet.infrastructure.mail.reply;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.domain.model.reply.KeyMatch;

/**
 * Reads delivery failure reports: the standard kind (RFC 3464, {@code multipart/report;
 * report-type=delivery-status}) field by field, and the older free-text kind (qmail's "failure notice",
 * Exchange's "Undeliverable") by looking for a status code in the text. Whether a mail is a failure report at all is
 * decided by its structure and its sender, never by its subject.
 */
final class BounceReader {

    /** What a failure report says about the one recipient it is about. */
    record Report(String recipient, String status, String diagnostic, Optional<KeyMatch> keyInReturnedMessage) {}

    private static final int MAX_REPORT_BYTES = 64 * 1024;
    private static final int MAX_DIAGNOSTIC_LENGTH = 500;
    private static final Set<String> STATUS_PARTS = Set.of("message/delivery-status", "message/global-delivery-status");
    private static final Set<String> RETURNED_HEADER_PARTS =
            Set.of("message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers");
    private static final Set<String> ROBOT_SENDERS =
            Set.of("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "mdaemon");
    private static final Pattern ENHANCED_STATUS =
            Pattern.compile("(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])");
    private static final Pattern SMTP_REPLY = Pattern.compile("(?<!\\d)([45][0-5]\\d)(?=[ -])");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+=-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?\\.[A-Za-z]{2,24}");
    private static final Pattern FOLDED = Pattern.compile("\r?\n[ \t]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ReplyKeyLocator keys;
    private final ReplyAddressFormat format;

    BounceReader(ReplyKeyLocator keys, ReplyAddressFormat format) {
        this.keys = keys;
        this.format = format;
    }

    static boolean isDeliveryStatusReport(ContentType type) {
        return type.match("multipart/report") && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
    }

    static boolean isDispositionReport(ContentType type) {
        return type.match("multipart/report")
                && "disposition-notification".equalsIgnoreCase(type.getParameter("report-type"));
    }

    /**
     * Whether the mail system itself sent the mail: an empty return path ({@code Return-Path: <>}, which RFC 5321
     * prescribes for failure reports) or a mailer-daemon or postmaster address. Only such a mail, or one that came back
     * to our bounce address, may be read as a free-text failure report: a subject or a number in the text proves
     * nothing, since residents quote the alert's title ("pakket niet bezorgd") and write house numbers.
     */
    static boolean isFromMailSystem(Function<String, String[]> headers, String senderAddress) {
        return hasNullReturnPath(headers) || isRobotSender(senderAddress);
    }

    static boolean hasNullReturnPath(Function<String, String[]> headers) {
        String[] returnPath = headers.apply("Return-Path");
        return returnPath != null
                && returnPath.length > 0
                && returnPath[0] != null
                && returnPath[0].replaceAll("\\s", "").equals("<>");
    }

    static boolean isRobotSender(String address) {
        int at = address.indexOf('@');
        return at > 0 && ROBOT_SENDERS.contains(address.substring(0, at).toLowerCase(Locale.ROOT));
    }

    /**
     * The failure in a standard report, or empty when the report tells of success only (a delivered or relayed
     * notice that a server sent although nobody asked for it).
     */
    Optional<Report> readStandard(Part report) throws UnreadableMailException, MessagingException, IOException {
        if (!(report.getContent() instanceof Multipart parts)) {
            throw UnreadableMailException.brokenMime("A delivery status report without readable parts");
        }
        String statusBody = null;
        Optional<KeyMatch> returnedKey = Optional.empty();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            String type = MimeContentReader.mimeType(part);
            if (STATUS_PARTS.contains(type) && statusBody == null) {
                statusBody = readBounded(part);
            } else if (RETURNED_HEADER_PARTS.contains(type) && returnedKey.isEmpty()) {
                Map<String, List<String>> returned = fields(firstBlock(readBounded(part)));
                returnedKey = keys.locateInReturnedMessage(name -> values(returned, name));
            }
        }
        if (statusBody == null) {
            throw UnreadableMailException.brokenMime("A delivery status report without a delivery-status part");
        }
        List<Map<String, List<String>>> recipients = recipientGroups(statusBody);
        Optional<Map<String, List<String>>> failed =
                withAction(recipients, "failed").or(() -> withAction(recipients, "delayed"));
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> r = failed.get();
        String diagnostic = oneLine(first(r, "diagnostic-code"));
        String status = firstMatch(ENHANCED_STATUS, first(r, "status"))
                .or(() -> firstMatch(ENHANCED_STATUS, diagnostic))
                .orElse("");
        String recipient = addressOf(
                first(r, "final-recipient").isEmpty() ? first(r, "original-recipient") : first(r, "final-recipient"));
        return Optional.of(new Report(recipient, status, diagnostic, returnedKey));
    }

    /** The failure told in the free text of a non-standard report, if the text names a status code. */
    Optional<Report> readFreeText(String text) {
        Matcher enhanced = ENHANCED_STATUS.matcher(text);
        Matcher smtp = SMTP_REPLY.matcher(text);
        String status;
        int at;
        if (enhanced.find() && enhanced.group(1).charAt(0) != '2') {
            status = enhanced.group(1);
            at = enhanced.start();
        } else if (smtp.find()) {
            status = smtp.group(1);
            at = smtp.start();
        } else {
            return Optional.empty();
        }
        return Optional.of(new Report(firstForeignAddress(text), status, lineAround(text, at), Optional.empty()));
    }

    private String firstForeignAddress(String text) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String address = m.group();
            if (!format.isOurAddress(address) && !isRobotSender(address)) {
                return address.toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String lineAround(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return oneLine(text.substring(start, end < 0 ? text.length() : end));
    }

    private static String readBounded(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_REPORT_BYTES), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    /** The per-recipient field groups of a delivery-status body: every block after the per-message one. */
    private static List<Map<String, List<String>>> recipientGroups(String body) {
        String[] blocks = body.strip().split("\n[ \t]*\n");
        List<Map<String, List<String>>> groups = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            Map<String, List<String>> group = fields(blocks[i]);
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String firstBlock(String text) {
        int end = text.indexOf("\n\n");
        return end < 0 ? text : text.substring(0, end);
    }

    /** Header-style fields, names in lower case, folded lines joined. */
    private static Map<String, List<String>> fields(String block) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : FOLDED.matcher(block).replaceAll(" ").split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                fields.computeIfAbsent(
                                line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    private static String[] values(Map<String, List<String>> fields, String name) {
        List<String> v = fields.get(name.toLowerCase(Locale.ROOT));
        return v == null ? null : v.toArray(String[]::new);
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? "" : v.getFirst();
    }

    private static Optional<Map<String, List<String>>> withAction(
            List<Map<String, List<String>>> recipients, String action) {
        return recipients.stream()
                .filter(r -> first(r, "action").toLowerCase(Locale.ROOT).startsWith(action))
                .findFirst();
    }

    /** {@code rfc822; jan@example.nl} as {@code jan@example.nl}. */
    private static String addressOf(String typedAddress) {
        int semicolon = typedAddress.indexOf(';');
        String address = semicolon < 0 ? typedAddress : typedAddress.substring(semicolon + 1);
        return SafeText.cap(SafeText.clean(address).strip().replaceAll("^<|>$", ""), 320)
                .toLowerCase(Locale.ROOT);
    }

    private static Optional<String> firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String oneLine(String text) {
        return SafeText.cap(
                WHITESPACE.matcher(SafeText.clean(text)).replaceAll(" ").strip(), MAX_DIAGNOSTIC_LENGTH);
    }
}
