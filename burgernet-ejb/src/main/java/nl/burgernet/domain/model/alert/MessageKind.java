package nl.burgernet.domain.model.alert;

/** Where a message stands in the life of an alert. */
public enum MessageKind {
    /** The first message: what happened and what to look out for. */
    ALERT,
    /** New information while the alert is open; goes to everyone the first message reached. */
    UPDATE,
    /** The outcome ("afloop"): how it ended, and thanks; goes to everyone contacted. */
    OUTCOME
}
