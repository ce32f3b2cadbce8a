/** Logging in (with lock-out after repeated failures) and managing the people who log in. */
package nl.burgernet.application.identity;
