/** Jakarta Security: the identity store that checks logins against the database through the login service. */
package nl.burgernet.infrastructure.security;
