/**
 * Logging in and out (the form for people, API keys for control-room systems), the logged-in person's session, and
 * the request filter that tells the core which municipality this request works for.
 */
package nl.burgernet.interfaces.security;
