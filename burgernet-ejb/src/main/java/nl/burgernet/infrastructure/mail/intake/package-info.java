/**
 * Reads the reply mailbox over IMAP and hands each mail to the reply recorder. A mail leaves the inbox (moved to
 * the Processed folder) only after what it carries is committed.
 */
package nl.burgernet.infrastructure.mail.intake;
