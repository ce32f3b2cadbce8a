package nl.burgernet.smsc;

import java.time.Instant;
import java.util.List;

/**
 * One text message as the handset shows it, reassembled from its parts.
 *
 * @param number the destination in E.164 ({@code +31612345678})
 * @param sourceAddress who it came from, as the handset shows it ({@code Burgernet} or a number)
 * @param sourceTon the type of number of the source (5 alphanumeric, 1 international)
 * @param encoding {@code GSM7} or {@code UCS2}
 * @param parts how many submit_sm it came in
 * @param text the text, reassembled
 * @param messageIds the SMSC's message id of each part, in order
 * @param systemId the account that sent it
 * @param at when its last part arrived
 * @param state {@code DELIVERED}, {@code UNDELIVERABLE}, or {@code ENROUTE} until its receipts went out
 */
public record ReceivedSms(
        String number,
        String sourceAddress,
        int sourceTon,
        String encoding,
        int parts,
        String text,
        List<String> messageIds,
        String systemId,
        Instant at,
        String state) {

    ReceivedSms withState(String newState) {
        return new ReceivedSms(
                number, sourceAddress, sourceTon, encoding, parts, text, messageIds, systemId, at, newState);
    }
}
