package nl.burgernet.infrastructure.mail.reply;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the reply parser accepts. Every limit exists because the mail comes from anyone on the internet: a
 * huge or deeply nested message must cost bounded time and memory and still never be lost.
 *
 * @param replyDomains the domains of our reply and bounce addresses and Message-IDs; a key under any other
 *     domain is not ours (a resident's own {@code name+tag@} address, say) and is ignored
 * @param maxTextLength the longest resident text kept (characters)
 * @param maxOriginalTextLength the longest full original text kept (characters)
 * @param maxImageBytes the largest photo kept; larger ones are listed
 * @param maxImages photos kept per reply; further ones are listed
 * @param maxTotalImageBytes photo bytes kept per reply; further ones are listed
 * @param maxAttachments attachments (kept and listed) per reply; further ones are left out and the reply is
 *     marked truncated
 * @param maxMimeParts MIME parts looked at; a message with more is read as far as this and marked truncated
 * @param maxMimeDepth how deeply multiparts may nest before the message counts as unreadable
 */
public record ReplyParserSettings(
        Set<String> replyDomains,
        int maxTextLength,
        int maxOriginalTextLength,
        long maxImageBytes,
        int maxImages,
        long maxTotalImageBytes,
        int maxAttachments,
        int maxMimeParts,
        int maxMimeDepth) {

    public static final int DEFAULT_MAX_TEXT_LENGTH = 20_000;
    public static final int DEFAULT_MAX_ORIGINAL_TEXT_LENGTH = 100_000;
    public static final long DEFAULT_MAX_IMAGE_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_IMAGES = 10;
    public static final long DEFAULT_MAX_TOTAL_IMAGE_BYTES = 30L * 1024 * 1024;
    public static final int DEFAULT_MAX_ATTACHMENTS = 25;
    public static final int DEFAULT_MAX_MIME_PARTS = 100;
    public static final int DEFAULT_MAX_MIME_DEPTH = 10;

    public ReplyParserSettings {
        if (replyDomains == null || replyDomains.isEmpty()) {
            throw new IllegalArgumentException("At least one reply domain is needed to recognise our addresses");
        }
        replyDomains = replyDomains.stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        requirePositive("maxTextLength", maxTextLength);
        requirePositive("maxOriginalTextLength", maxOriginalTextLength);
        requirePositive("maxImageBytes", maxImageBytes);
        requirePositive("maxImages", maxImages);
        requirePositive("maxTotalImageBytes", maxTotalImageBytes);
        requirePositive("maxAttachments", maxAttachments);
        requirePositive("maxMimeParts", maxMimeParts);
        requirePositive("maxMimeDepth", maxMimeDepth);
    }

    /** The defaults (20,000 characters of text, photos up to 10 MB, ...) for one reply domain. */
    public static ReplyParserSettings defaults(String replyDomain) {
        return new ReplyParserSettings(
                Set.of(replyDomain),
                DEFAULT_MAX_TEXT_LENGTH,
                DEFAULT_MAX_ORIGINAL_TEXT_LENGTH,
                DEFAULT_MAX_IMAGE_BYTES,
                DEFAULT_MAX_IMAGES,
                DEFAULT_MAX_TOTAL_IMAGE_BYTES,
                DEFAULT_MAX_ATTACHMENTS,
                DEFAULT_MAX_MIME_PARTS,
                DEFAULT_MAX_MIME_DEPTH);
    }

    /** The same limits for these reply domains (every municipality's own and the platform's default). */
    public ReplyParserSettings withReplyDomains(Set<String> domains) {
        return new ReplyParserSettings(
                domains,
                maxTextLength,
                maxOriginalTextLength,
                maxImageBytes,
                maxImages,
                maxTotalImageBytes,
                maxAttachments,
                maxMimeParts,
                maxMimeDepth);
    }

    public ReplyParserSettings withMaxImageBytes(long bytes) {
        return new ReplyParserSettings(
                replyDomains,
                maxTextLength,
                maxOriginalTextLength,
                bytes,
                maxImages,
                maxTotalImageBytes,
                maxAttachments,
                maxMimeParts,
                maxMimeDepth);
    }

    public ReplyParserSettings withMaxTextLength(int length) {
        return new ReplyParserSettings(
                replyDomains,
                length,
                maxOriginalTextLength,
                maxImageBytes,
                maxImages,
                maxTotalImageBytes,
                maxAttachments,
                maxMimeParts,
                maxMimeDepth);
    }

    public ReplyParserSettings withMaxAttachments(int images, int attachments) {
        return new ReplyParserSettings(
                replyDomains,
                maxTextLength,
                maxOriginalTextLength,
                maxImageBytes,
                images,
                maxTotalImageBytes,
                attachments,
                maxMimeParts,
                maxMimeDepth);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
