package nl.burgernet.domain.model.geo;

/** How closely geocoded coordinates match the door, so targeting and the admin screens can tell exact from rough. */
public enum GeocodePrecision {
    /** The address itself (PDOK: the BAG address's centroid). */
    ADDRESS,
    /** The centre of the six-character postcode (one street or part of one), spread a few metres per house. */
    POSTCODE,
    /** Only the four-digit postcode area was known: a neighbourhood or a village, roughly a kilometre. */
    POSTCODE_AREA
}
