/**
 * The control room's screens (PrimeFaces): the municipality's alerts, the alert form with its map and live recipient
 * count, and the alert page with the dispatch progress, updates and the outcome (afloop).
 */
package nl.burgernet.interfaces.operator;
