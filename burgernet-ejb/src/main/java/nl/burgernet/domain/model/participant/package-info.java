/**
 * Participants (deelnemers): the value types of a resident's registration (e-mail, phone numbers, year of birth,
 * language, contact points per channel, quiet hours), their validation, and the resident-facing messages in Dutch and English.
 */
package nl.burgernet.domain.model.participant;
