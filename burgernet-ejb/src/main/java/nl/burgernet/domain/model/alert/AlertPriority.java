package nl.burgernet.domain.model.alert;

/**
 * How pressing an alert is. {@link #HIGH} overrides residents' quiet hours and weekly budget, as the urgent types
 * (AMBER, Vermist Kind, missing person) always do.
 */
public enum AlertPriority {
    NORMAL,
    HIGH
}
