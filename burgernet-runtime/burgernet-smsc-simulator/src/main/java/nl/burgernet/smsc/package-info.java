/**
 * A real SMSC on loopback for tests and the demo: jSMPP's server side with accounts, receipts, residents' answers,
 * throttling and dropped connections on command, and a small JSON HTTP API. Knows nothing of Burgernet's core or its
 * SMS plugin: it decodes what arrives with its own tables, so a mistake in the plugin's encoding shows.
 */
package nl.burgernet.smsc;
