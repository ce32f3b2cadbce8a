package nl.burgernet.infrastructure.mail.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.reply.KeyForm;
import nl.burgernet.domain.model.reply.ReplyKey;

/**
 * The three places our outgoing mail carries a reply key, written and recognised in one class so that sending
 * and reading can never disagree: the reply address {@code reply+KEY@domain}, the VERP bounce address
 * {@code bounce+KEY@domain}, and the Message-ID {@code <KEY.ALERTREF@domain>}, which replies echo in
 * In-Reply-To and References when a server drops the {@code +KEY} part of the address.
 */
public final class ReplyAddressFormat {

    private static final String KEY = "([A-Za-z0-9_-]{" + ReplyKey.MIN_LENGTH + "," + ReplyKey.MAX_LENGTH + "})";
    private static final String DOMAIN = "([A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?)";
    private static final Pattern ADDRESS =
            Pattern.compile("(?<![A-Za-z0-9._%+=-])(?i:(reply|bounce))\\+" + KEY + "@" + DOMAIN);
    private static final Pattern MESSAGE_ID = Pattern.compile("<" + KEY + "\\.([A-Za-z0-9_.-]{1,64})@" + DOMAIN + ">");
    private static final Pattern ALERT_REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Set<String> domains;

    public ReplyAddressFormat(Set<String> domains) {
        this.domains =
                domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static String replyAddress(ReplyKey key, String domain) {
        return "reply+" + key.value() + "@" + domain;
    }

    public static String bounceAddress(ReplyKey key, String domain) {
        return "bounce+" + key.value() + "@" + domain;
    }

    /**
     * The Message-ID of the mail that carries {@code key}, with angle brackets.
     *
     * @param alertReference a short reference to the alert (letters, digits, '-', '_'), so that a person reading
     *     the headers sees which Burgernetactie the mail belongs to
     */
    public static String messageId(ReplyKey key, String alertReference, String domain) {
        if (!ALERT_REFERENCE.matcher(Objects.requireNonNull(alertReference)).matches()) {
            throw new IllegalArgumentException(
                    "An alert reference in a Message-ID has 1 to 64 letters, digits, '-' or '_': " + alertReference);
        }
        return "<" + key.value() + "." + alertReference + "@" + domain + ">";
    }

    /** A key found in a header value, and the shape it had there. */
    public record FoundKey(ReplyKey key, KeyForm form) {}

    /** Every reply or bounce address under one of our domains in {@code text}, in order of appearance. */
    public List<FoundKey> findAddresses(String text) {
        List<FoundKey> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            if (isOurDomain(m.group(3))) {
                KeyForm form = m.group(1).equalsIgnoreCase("reply") ? KeyForm.REPLY_ADDRESS : KeyForm.BOUNCE_ADDRESS;
                found.add(new FoundKey(new ReplyKey(m.group(2)), form));
            }
        }
        return found;
    }

    /** Every Message-ID of ours in {@code text} (an In-Reply-To or References value), in order of appearance. */
    public List<FoundKey> findMessageIds(String text) {
        List<FoundKey> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = MESSAGE_ID.matcher(text);
        while (m.find()) {
            if (isOurDomain(m.group(3))) {
                found.add(new FoundKey(new ReplyKey(m.group(1)), KeyForm.MESSAGE_ID));
            }
        }
        return found;
    }

    /** Whether {@code address} is one of ours (any local part under a reply domain), e.g. to skip it as a sender. */
    public boolean isOurAddress(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at > 0 && isOurDomain(address.substring(at + 1));
    }

    private boolean isOurDomain(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return domains.contains(d.endsWith(".") ? d.substring(0, d.length() - 1) : d);
    }
}
