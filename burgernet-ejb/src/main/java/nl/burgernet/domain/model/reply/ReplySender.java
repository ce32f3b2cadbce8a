package nl.burgernet.domain.model.reply;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who sent a reply, as the mail claims it. The intake compares these with the participant the key belongs to
 * and flags a reply from someone else (a forward by a neighbour, a shared family address) instead of trusting it.
 *
 * @param address the From address, "" when missing or unreadable
 * @param displayName the From display name, "" when none
 * @param replyTo the first Reply-To address, "" when none
 * @param sender the Sender address, "" when none
 */
public record ReplySender(String address, String displayName, String replyTo, String sender) {

    public ReplySender {
        address = Objects.requireNonNullElse(address, "");
        displayName = Objects.requireNonNullElse(displayName, "");
        replyTo = Objects.requireNonNullElse(replyTo, "");
        sender = Objects.requireNonNullElse(sender, "");
    }

    /** From, Reply-To and Sender, lower-cased, without blanks or repeats: every address the mail claims to be from. */
    public Set<String> addresses() {
        Set<String> all = new LinkedHashSet<>();
        for (String a : new String[] {address, replyTo, sender}) {
            if (!a.isBlank()) {
                all.add(a.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(all);
    }

    /** Whether any claimed sender address is {@code candidate}, ignoring case as mail providers do. */
    public boolean isFrom(String candidate) {
        return candidate != null && addresses().contains(candidate.strip().toLowerCase(Locale.ROOT));
    }
}
