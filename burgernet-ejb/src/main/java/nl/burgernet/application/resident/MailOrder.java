package nl.burgernet.application.resident;

import nl.burgernet.domain.model.participant.Language;

/** A mail decided inside the tenant's transaction and sent after it committed. */
public record MailOrder(ResidentMailKind kind, String to, Language language, String link) {}
