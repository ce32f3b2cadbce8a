/**
 * Municipalities (gemeenten): the tenants of the portal. Every participant, operator and alert belongs to one;
 * each municipality sees only its own data.
 */
package nl.burgernet.domain.model.municipality;
