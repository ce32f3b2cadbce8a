package nl.burgernet.application.channel;

/** What became of switching a channel on or off. */
public enum ToggleOutcome {
    DONE,
    /** Only a deployed channel can be switched on; one that is not deployed can only be switched off. */
    NOT_INSTALLED,
    /** Residents must be reachable some way: the last channel stays on. */
    LAST_CHANNEL
}
