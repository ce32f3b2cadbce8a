/** Logging in (throttled per client and per account after repeated failures, never locked) and managing the people who log in. */
package nl.burgernet.application.identity;
