/**
 * The people who log in: platform admins (all municipalities), municipality admins (their own municipality) and
 * operators (control-room staff working for the municipalities assigned to them). Residents never log in.
 */
package nl.burgernet.domain.model.identity;
