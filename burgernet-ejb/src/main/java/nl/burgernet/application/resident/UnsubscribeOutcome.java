package nl.burgernet.application.resident;

import nl.burgernet.domain.model.participant.Language;

/**
 * E-mail is off for the resident of an unsubscribe link.
 *
 * @param language the resident's language, for the confirmation page
 * @param wasAlreadyOff true when e-mail had been off already (a second click, or a mail client retrying)
 */
public record UnsubscribeOutcome(String municipalityName, Language language, boolean wasAlreadyOff) {}
