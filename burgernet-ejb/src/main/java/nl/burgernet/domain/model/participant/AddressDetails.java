package nl.burgernet.domain.model.participant;

/** An address as stored: already validated and geocoded. */
public record AddressDetails(
        String postcode, int houseNumber, String suffix, String place, double latitude, double longitude) {

    public String label() {
        String pc = postcode.length() == 6 ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
        return pc + " " + houseNumber + (suffix == null || suffix.isBlank() ? "" : suffix)
                + (place == null ? "" : ", " + place);
    }
}
