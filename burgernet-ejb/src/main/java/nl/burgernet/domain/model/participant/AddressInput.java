package nl.burgernet.domain.model.participant;

/** One address as typed in a form or a CSV row; nothing checked yet. The number may carry the suffix ("12a"). */
public record AddressInput(String postcode, String houseNumber, String suffix) {}
