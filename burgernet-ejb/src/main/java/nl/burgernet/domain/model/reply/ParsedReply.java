package nl.burgernet.domain.model.reply;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident's answer, ready to store against the delivery its key names.
 *
 * @param key the reply key and where it was found
 * @param sender who the mail says it is from (not checked against the participant here)
 * @param subject the decoded Subject, "" when missing
 * @param sentAt the Date header, when present and readable
 * @param forwarded whether the mail looks forwarded (subject prefix or forward marker in the text): the sender
 *     is then probably not the participant the key belongs to
 * @param text the resident's new text: quotes, attribution lines and signatures removed, at most the
 *     configured length; may be empty (a reply with only a photo)
 * @param originalText the whole text as sent, quotes included, for the operator to check the cut
 * @param fromHtml whether the text was made from an HTML body because the mail had no plain-text one
 * @param images photos kept whole
 * @param otherAttachments attachments named but not kept
 * @param truncated whether a limit cut the text or the list of attachments
 */
public record ParsedReply(
        KeyMatch key,
        String messageId,
        ReplySender sender,
        String subject,
        Optional<Instant> sentAt,
        boolean forwarded,
        String text,
        String originalText,
        boolean fromHtml,
        List<ImageAttachment> images,
        List<ListedAttachment> otherAttachments,
        boolean truncated)
        implements InboundMail {

    public ParsedReply {
        Objects.requireNonNull(key, "key");
        messageId = Objects.requireNonNullElse(messageId, "");
        Objects.requireNonNull(sender, "sender");
        subject = Objects.requireNonNullElse(subject, "");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(originalText, "originalText");
        images = List.copyOf(images);
        otherAttachments = List.copyOf(otherAttachments);
    }

    @Override
    public ReplyKind kind() {
        return ReplyKind.REPLY;
    }
}
