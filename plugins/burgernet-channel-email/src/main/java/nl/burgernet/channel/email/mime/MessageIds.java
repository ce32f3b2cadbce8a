package nl.burgernet.channel.email.mime;

import java.util.regex.Pattern;

/**
 * Message-IDs of the form {@code <KEY.REFERENCE.SEQUENCE@mail-domain>}. The reply key in the id is the reply
 * intake's fallback: a mail server that drops the {@code +KEY} of the Reply-To address still keeps In-Reply-To and
 * References, which carry this id. The same delivery always gets the same id, so a resend is recognisable.
 */
public final class MessageIds {

    /** Reply keys are URL-safe Base64 or similar: safe in a local part and in a Message-ID. */
    private static final Pattern REPLY_KEY = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private MessageIds() {}

    public static boolean isUsableReplyKey(String replyKey) {
        return REPLY_KEY.matcher(replyKey).matches();
    }

    /** The id for one recipient's copy of a message; the key must be {@linkplain #isUsableReplyKey usable}. */
    public static String of(String replyKey, String alertReference, int sequence, String mailDomain) {
        if (!isUsableReplyKey(replyKey)) {
            throw new IllegalArgumentException("Not a usable reply key");
        }
        return "<" + replyKey + "." + atom(alertReference) + "." + sequence + "@" + mailDomain + ">";
    }

    /** The alert reference with everything but letters, digits and hyphens made a hyphen. */
    static String atom(String alertReference) {
        return alertReference.strip().replaceAll("[^A-Za-z0-9-]", "-");
    }

    /** A thread reference as the core stored it, or empty when it is not a Message-ID we could have made. */
    public static String threadReference(String stored) {
        String value = stored.strip();
        return value.matches("<[A-Za-z0-9_.+-]{1,200}@[A-Za-z0-9.-]{1,253}>") ? value : "";
    }
}
