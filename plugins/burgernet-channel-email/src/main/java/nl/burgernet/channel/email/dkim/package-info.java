/**
 * DKIM signing of outgoing mail: reading the municipality's key and signing each message with Simple Java Mail's
 * DKIM signer, one signer per SMTP connection because a signer is not thread-safe.
 */
package nl.burgernet.channel.email.dkim;
