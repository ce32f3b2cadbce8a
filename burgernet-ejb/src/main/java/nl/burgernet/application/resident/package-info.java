/**
 * What residents do themselves, without an account or password: sign up with double opt-in, confirm, ask for their
 * personal link, edit their settings, unsubscribe with one click, download or erase their data. Every action arrives
 * through a personal link whose token is signed by {@link nl.burgernet.application.resident.ResidentLinks}; the token
 * names the municipality, so the service sets the tenant itself.
 */
package nl.burgernet.application.resident;
