package nl.burgernet.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailServerSettingsTest {

    @Test
    void bothConnectionsRequireStartTlsAndCheckTheServersNameByDefault() {
        Properties p = settings("STARTTLS", "STARTTLS").properties(Duration.ofSeconds(5));

        for (String protocol : new String[] {"smtp", "imap"}) {
            assertEquals("true", p.getProperty("mail." + protocol + ".starttls.enable"));
            assertEquals("true", p.getProperty("mail." + protocol + ".starttls.required"), "never falls back to plain");
            assertEquals("true", p.getProperty("mail." + protocol + ".ssl.checkserveridentity"));
            assertNull(p.getProperty("mail." + protocol + ".ssl.enable"));
        }
    }

    @Test
    void implicitTlsAndATrustedSelfSignedHost() {
        MailServerSettings s = settings("TLS", "TLS");
        s.imapSslTrust = Optional.of("mail.gemeente.local");
        Properties p = s.properties(Duration.ofSeconds(5));

        assertEquals("true", p.getProperty("mail.smtp.ssl.enable"));
        assertEquals("true", p.getProperty("mail.imap.ssl.enable"));
        assertEquals("mail.gemeente.local", p.getProperty("mail.imap.ssl.trust"));
        assertEquals("false", p.getProperty("mail.imap.ssl.checkserveridentity"), "accepted as it is");
        assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertNull(p.getProperty("mail.imap.starttls.enable"));
    }

    @Test
    void noneIsPlainForTheEmbeddedServer() {
        Properties p = settings("none", "NONE").properties(Duration.ofSeconds(5));

        assertTrue(p.stringPropertyNames().stream().noneMatch(k -> k.contains("ssl") || k.contains("starttls")));
    }

    @Test
    void anUnknownTlsModeStopsWithTheSettingsName() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> settings("SSL3", "NONE").smtpTls());
        assertTrue(e.getMessage().contains("burgernet.mail.smtp.tls"), e.getMessage());
    }

    @Test
    void theReplyMailboxHasNoDefaultLoginOutsideTheDemo() {
        MailServerSettings production = settings("STARTTLS", "STARTTLS");

        Optional<String> problem = production.replyMailboxProblem();
        assertTrue(problem.orElse("").contains("burgernet.mail.imap.password"), problem.toString());
        AuthenticationFailedException refused = assertThrows(
                AuthenticationFailedException.class,
                () -> production.connectReplyMailbox(
                        Session.getInstance(new Properties()).getStore("imap")));
        assertEquals(problem.get(), refused.getMessage());

        production.imapPassword = Optional.of(" ");
        production.imapUser = Optional.of("replies");
        assertTrue(production.replyMailboxProblem().isPresent(), "a blank password is no password");

        production.imapPassword = Optional.of("s3cret");
        assertFalse(production.replyMailboxProblem().isPresent());

        MailServerSettings demo = settings("NONE", "NONE");
        demo.demo = true;
        assertFalse(demo.replyMailboxProblem().isPresent(), "the demo's replies/replies");
    }

    private static MailServerSettings settings(String smtpTls, String imapTls) {
        MailServerSettings s = new MailServerSettings();
        s.smtpHost = "smtp.example.nl";
        s.smtpPort = 587;
        s.smtpTls = smtpTls;
        s.smtpSslTrust = Optional.empty();
        s.smtpUser = Optional.empty();
        s.smtpPassword = Optional.empty();
        s.imapHost = "imap.example.nl";
        s.imapPort = 143;
        s.imapTls = imapTls;
        s.imapSslTrust = Optional.empty();
        s.imapUser = Optional.empty();
        s.imapPassword = Optional.empty();
        return s;
    }
}
