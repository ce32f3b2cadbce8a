/**
 * Participants (deelnemers): the value types of a resident's registration (e-mail, mobile number, year of birth,
 * language, channel choices, quiet hours), their validation, and the resident-facing messages in Dutch and English.
 */
package nl.burgernet.domain.model.participant;
