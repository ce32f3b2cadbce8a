package nl.burgernet.infrastructure.geo;

import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.domain.model.geo.Postcode;
import nl.burgernet.domain.model.municipality.CbsCode;

/** One row of a postcode table: a six-character postcode with its place, municipality and centre. */
public record PostcodeEntry(Postcode postcode, String place, CbsCode municipality, Coordinates centre) {}
