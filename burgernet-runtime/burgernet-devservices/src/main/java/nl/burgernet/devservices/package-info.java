/**
 * The embedded defaults behind {@code ./burgernet run} and the integration tests: an Artemis broker and a GreenMail
 * SMTP/IMAP server in one JVM, the asadmin post-boot commands that connect Payara Micro to them and to the database,
 * and the launcher that runs Payara Micro as a child process. Nothing here is deployed into the portal itself.
 */
package nl.burgernet.devservices;
