/** Jakarta Mail access to the outgoing SMTP server and the reply mailbox (IMAP), configured with MicroProfile Config. */
package nl.burgernet.infrastructure.mail;
