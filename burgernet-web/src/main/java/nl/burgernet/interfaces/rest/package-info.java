/**
 * The REST API under {@code /api}: JSON for control-room systems and for administration. Resources call the same
 * application services as the UI, so the same roles and the same tenant isolation apply.
 */
package nl.burgernet.interfaces.rest;
