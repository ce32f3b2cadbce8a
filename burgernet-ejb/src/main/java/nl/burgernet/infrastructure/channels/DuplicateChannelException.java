package nl.burgernet.infrastructure.channels;

/** Two deployed channel plugins claim the same id; which one should deliver would be a guess, so nothing starts. */
public class DuplicateChannelException extends RuntimeException {

    public DuplicateChannelException(String message) {
        super(message);
    }
}
