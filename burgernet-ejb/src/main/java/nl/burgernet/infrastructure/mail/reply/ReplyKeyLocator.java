package nl.burgernet.infrastructure.mail.reply;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.burgernet.domain.model.reply.KeyMatch;
import nl.burgernet.domain.model.reply.KeySource;
import nl.burgernet.infrastructure.mail.reply.ReplyAddressFormat.FoundKey;

/**
 * Finds the reply key in a mail's headers, looking where a key survives best first: the addresses the mail was
 * sent to, then the headers that trace delivery, then the threading headers for servers that drop {@code +KEY}.
 * Header values are searched as text rather than parsed as address lists, because a malformed To header must
 * not hide a key that is plainly there.
 */
final class ReplyKeyLocator {

    private record Place(String header, KeySource source, boolean messageIds) {}

    private static final List<Place> PLACES = List.of(
            new Place("To", KeySource.TO, false),
            new Place("Cc", KeySource.CC, false),
            new Place("Delivered-To", KeySource.DELIVERED_TO, false),
            new Place("X-Original-To", KeySource.X_ORIGINAL_TO, false),
            new Place("In-Reply-To", KeySource.IN_REPLY_TO, true),
            new Place("References", KeySource.REFERENCES, true));

    /** Headers of our own message that carry the key when it comes back inside a bounce. */
    private static final List<String> RETURNED_HEADERS = List.of("Message-ID", "Return-Path", "Reply-To", "From");

    private final ReplyAddressFormat format;

    ReplyKeyLocator(ReplyAddressFormat format) {
        this.format = format;
    }

    /** The key of an inbound mail, given a way to read all values of one of its headers. */
    Optional<KeyMatch> locate(Function<String, String[]> headers) {
        for (Place place : PLACES) {
            Optional<KeyMatch> match = inHeader(headers.apply(place.header()), place);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** The key in the headers of our message as returned inside a bounce. */
    Optional<KeyMatch> locateInReturnedMessage(Function<String, String[]> headers) {
        for (String name : RETURNED_HEADERS) {
            String[] values = headers.apply(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Optional<KeyMatch> match = first(format.findMessageIds(value), KeySource.RETURNED_MESSAGE)
                        .or(() -> first(format.findAddresses(value), KeySource.RETURNED_MESSAGE));
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    /** The key in free text, such as a bounce that quotes our headers in its body. */
    Optional<KeyMatch> locateInText(String text) {
        return first(format.findMessageIds(text), KeySource.BOUNCE_TEXT)
                .or(() -> first(format.findAddresses(text), KeySource.BOUNCE_TEXT));
    }

    private Optional<KeyMatch> inHeader(String[] values, Place place) {
        if (values == null) {
            return Optional.empty();
        }
        for (String value : values) {
            List<FoundKey> found =
                    place.messageIds() ? format.findMessageIds(value).reversed() : format.findAddresses(value);
            Optional<KeyMatch> match = first(found, place.source());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private static Optional<KeyMatch> first(List<FoundKey> found, KeySource source) {
        return found.stream().findFirst().map(f -> new KeyMatch(f.key(), source, f.form()));
    }
}
