package nl.burgernet.domain.model.participant;

public enum ParticipantStatus {
    /** Signed up, confirmation link not yet clicked: receives nothing. */
    AWAITING_CONFIRMATION,
    ACTIVE,
    /** Turned every channel off; kept until erased so a resident can come back with one click. */
    UNSUBSCRIBED
}
