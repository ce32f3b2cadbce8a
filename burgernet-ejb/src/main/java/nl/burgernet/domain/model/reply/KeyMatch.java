package nl.burgernet.domain.model.reply;

import java.util.Objects;

/** A reply key found in an inbound mail, with where and in which shape it was found. */
public record KeyMatch(ReplyKey key, KeySource source, KeyForm form) {

    public KeyMatch {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(form, "form");
    }
}
