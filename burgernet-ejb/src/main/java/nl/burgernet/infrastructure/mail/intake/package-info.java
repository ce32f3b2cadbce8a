/**
 * Reads the reply mailbox over IMAP and hands its mails to the reply recorder, in chunks: few IMAP commands and one
 * transaction per chunk. A mail leaves the inbox (moved to the Processed folder) only after what it carries is
 * committed.
 */
package nl.burgernet.infrastructure.mail.intake;
