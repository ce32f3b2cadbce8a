package nl.burgernet.channel.email.render;

/**
 * A per-recipient part of a mail. Templates render a slot as a marker of two private-use characters around its
 * name; residents' and operators' text can never contain those characters (see {@link PlainText#clean}), so a marker
 * in the output is always ours.
 */
public enum Slot {
    GREETING,
    PREFERENCES_URL,
    UNSUBSCRIBE_URL;

    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';

    /** What the template prints where this slot goes. */
    public String marker() {
        return OPEN + name() + CLOSE;
    }
}
