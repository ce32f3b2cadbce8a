package nl.burgernet.application.reply;

import java.time.Instant;
import java.util.List;

/**
 * A reply as the operator sees it: the participant by number only, what they wrote, when, how far from the incident
 * they live, and whether the sender was the participant.
 *
 * @param kind REPLY, AUTO_REPLY or BOUNCE; only REPLY is a tip
 * @param senderVerified the mail came from the participant's own address; false for forwarded or other senders
 * @param photos the positions of kept photos, for their URLs
 * @param listedAttachments names of attachments that were not kept (never opened)
 * @param brokenAttachments names of attachments too damaged to read; the rest of the mail was read
 */
public record ReplyView(
        long id,
        String kind,
        long participantId,
        Instant receivedAt,
        String subject,
        String text,
        String originalText,
        boolean fromHtml,
        boolean senderVerified,
        boolean forwarded,
        Integer distanceMetres,
        boolean useful,
        String detail,
        List<Integer> photos,
        List<String> listedAttachments,
        List<String> brokenAttachments) {}
