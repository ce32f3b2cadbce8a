/**
 * Geocoders: the offline demo postcode table, the PDOK Locatieserver client, and the producer that picks one by
 * configuration ({@code burgernet.geocoder}).
 */
package nl.burgernet.infrastructure.geo;
