/**
 * Jakarta Security: the identity stores that check logins against the database through the login service, and API
 * keys of control-room systems through the key verifier.
 */
package nl.burgernet.infrastructure.security;
