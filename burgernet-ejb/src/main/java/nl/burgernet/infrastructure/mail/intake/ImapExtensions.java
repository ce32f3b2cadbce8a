package nl.burgernet.infrastructure.mail.intake;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * What the IMAP provider (Angus Mail in Payara) offers beyond the Jakarta Mail API, looked up by name so that this
 * package does not depend on the provider's: fetching whole messages for many mails in one FETCH, and MOVE (RFC
 * 6851), which copies and expunges in one command. Without them the intake still works, with more round trips.
 */
final class ImapExtensions {

    private ImapExtensions() {}

    /** The fetch item for whole messages ({@code IMAPFolder.FetchProfileItem.MESSAGE}), if the provider has one. */
    static Optional<FetchProfile.Item> wholeMessage(Folder folder) {
        for (Class<?> c = folder.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> inner : c.getDeclaredClasses()) {
                if (inner.getSimpleName().equals("FetchProfileItem")
                        && FetchProfile.Item.class.isAssignableFrom(inner)) {
                    try {
                        return Optional.of(
                                (FetchProfile.Item) inner.getField("MESSAGE").get(null));
                    } catch (ReflectiveOperationException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the server and the provider can MOVE messages. */
    static boolean canMove(Store store, Folder folder) {
        try {
            folder.getClass().getMethod("moveMessages", Message[].class, Folder.class);
            return (Boolean)
                    store.getClass().getMethod("hasCapability", String.class).invoke(store, "MOVE");
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    /** MOVE: only call after {@link #canMove} said yes. */
    static void move(Folder from, Message[] messages, Folder to) throws MessagingException {
        try {
            from.getClass()
                    .getMethod("moveMessages", Message[].class, Folder.class)
                    .invoke(from, messages, to);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MessagingException m) {
                throw m;
            }
            throw new MessagingException("Moving mails to " + to.getFullName() + " failed", e);
        } catch (ReflectiveOperationException e) {
            throw new MessagingException("The IMAP provider cannot move mails", e);
        }
    }
}
