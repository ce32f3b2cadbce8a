/**
 * The Burgernetactie (alert): what the control room (meldkamer) sends to the participants near an incident, its
 * life from draft to the outcome message (afloop), and the rules for whom it may reach.
 */
package nl.burgernet.domain.model.alert;
