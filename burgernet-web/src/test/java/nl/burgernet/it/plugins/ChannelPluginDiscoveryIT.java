package nl.burgernet.it.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.PortalProcess;
import nl.burgernet.it.support.PortalSession;
import nl.burgernet.it.support.WarBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Channel plugins are CDI beans found at deployment in whatever jar of the WAR they come: adding a jar adds a
 * channel and removing one removes it, with no change to the core; two with one id stop the deployment with a
 * message naming both jars. Each case is a real Payara Micro started as a process ({@link PortalProcess}), because
 * Arquillian's container reports no failed deployment. The first portal also proves the harness itself: killed with
 * SIGKILL, it comes back on its data.
 *
 * <p>Five Micro boots in all; the portal with the real WAR serves the first two tests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChannelPluginDiscoveryIT {

    private static final Duration BOOT = Duration.ofMinutes(3);
    private static final String EMAIL_PLUGIN = "burgernet-channel-email";
    private static final Pattern DUPLICATE = Pattern.compile(
            "Two delivery channels use the id 'email': (\\S+ \\(\\S+\\)) and (\\S+ \\(\\S+\\))\\. Remove one of the plugin jars\\.");

    private static int port;
    private static Path wars;
    private static PortalProcess realPortal;

    @BeforeAll
    static void setUp() throws Exception {
        port = Integer.getInteger("burgernet.it.http.port", 0);
        if (port == 0) {
            port = PortalProcess.freePort();
        }
        wars = Files.createDirectories(Path.of(System.getProperty("burgernet.it.runtime"), "wars"));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (realPortal != null) {
            realPortal.close();
        }
    }

    @Test
    @Order(1)
    void theRealWarNamesItsEmailChannelInTheLogAndTheRunningPortal() throws Exception {
        PortalProcess portal = realPortal();
        String emailJar = WarBuilder.portal().library(EMAIL_PLUGIN);

        assertTrue(
                portal.log().contains("Delivery channel 'email' (")
                        && portal.log().contains("(" + emailJar + ")"),
                "the log names the channel and its jar:\n" + portal.log());
        assertEquals(List.of("email", "sms"), channels(portal), "the WAR ships the e-mail and SMS plugins");
    }

    @Test
    @Order(2)
    void aPortalKilledHardComesBackOnItsDataAndIsReadyAgain() throws Exception {
        PortalProcess portal = realPortal();
        try {
            HttpResponse<String> imported = admin(portal)
                    .postCsv(
                            "api/admin/participants/import",
                            "email;postcode;huisnummer;geboortejaar\nkept-after-kill@example.nl;3601 AB;12;1970\n");
            assertEquals(1, json(imported).getInt("imported"), imported.body());
            long pidBefore = portal.pid();

            portal.killHard();

            assertFalse(portal.isAlive());
            assertFalse(ProcessHandle.of(pidBefore).map(ProcessHandle::isAlive).orElse(false));
            assertFalse(portal.isReady(), "nothing answers after the kill");

            portal.restart().awaitReady(BOOT);

            assertTrue(portal.pid() != pidBefore);
            JsonObject participants = json(admin(portal).get("api/admin/participants"));
            assertEquals(1, participants.getJsonNumber("total").longValue(), participants.toString());
            assertTrue(participants.toString().contains("k***@example.nl"), participants.toString());
            assertEquals(List.of("email", "sms"), channels(portal));
        } finally {
            // The next tests boot portals of their own: two at once would only slow both down.
            portal.close();
        }
    }

    @Test
    @Order(3)
    void aChannelJarAddedToTheWarIsFoundAndTheRemovedEmailPluginIsGone() throws Exception {
        Path war = WarBuilder.portal()
                .withoutLibrary(EMAIL_PLUGIN)
                .withLibrary(WarBuilder.channelPlugin("burgernet-channel-sms-fake.jar", FakeSmsChannel.class))
                .withClasses(ChannelProbe.class)
                .writeTo(wars.resolve("swapped-channels.war"));

        try (PortalProcess portal =
                PortalProcess.create("swapped-channels", port).war(war).start()) {
            portal.awaitReady(BOOT);

            assertTrue(
                    portal.log()
                            .contains("Delivery channel 'sms-fake' (Fake SMS (tests) 1) from "
                                    + FakeSmsChannel.class.getName() + " (burgernet-channel-sms-fake.jar)"),
                    portal.log());
            assertFalse(portal.log().contains("Delivery channel 'email'"), portal.log());
            assertEquals(List.of("sms", FakeSmsChannel.ID), channels(portal), "the SMS plugin stays, e-mail is gone");
        }
    }

    @Test
    @Order(4)
    void twoChannelsWithOneIdStopTheDeploymentWithAMessageNamingBothJars() throws Exception {
        WarBuilder builder = WarBuilder.portal();
        String emailJar = builder.library(EMAIL_PLUGIN);
        Path war = builder.withLibrary(
                        WarBuilder.channelPlugin("burgernet-channel-second-email.jar", SecondEmailChannel.class))
                .withClasses(ChannelProbe.class)
                .writeTo(wars.resolve("duplicate-channel.war"));

        try (PortalProcess portal =
                PortalProcess.create("duplicate-channel", port).war(war).start()) {
            assertTrue(portal.awaitLog("Two delivery channels use the id 'email'", BOOT), portal.log());
            Matcher message = DUPLICATE.matcher(portal.log());
            assertTrue(message.find(), portal.log());
            assertEquals(
                    Set.of(
                            "nl.burgernet.channel.email.EmailChannel (" + emailJar + ")",
                            SecondEmailChannel.class.getName() + " (burgernet-channel-second-email.jar)"),
                    Set.of(message.group(1), message.group(2)),
                    message.group());

            assertTrue(
                    portal.awaitLog(") ready in ", BOOT) || !portal.isAlive(),
                    "Micro finishes its boot:\n" + portal.log());
            assertFalse(portal.isReady(), "the portal must not report ready:\n" + portal.log());
            if (portal.isAlive()) {
                assertEquals(404, portal.get(ChannelProbe.PATH).statusCode(), "nothing is deployed");
            }
        }
    }

    /**
     * Not about plugins, but it needs a portal of its own: its mail settings differ from the shared services', and a
     * second portal next to an Arquillian deployment would consume that deployment's JMS messages.
     */
    @Test
    @Order(5)
    void theReplyMailboxAndTheResidentsMailServerAreReachedOverImplicitTls() throws Exception {
        GreenMail tls = new GreenMail(new ServerSetup[] {
                    new ServerSetup(PortalProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTPS),
                    new ServerSetup(PortalProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)
                })
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser("tls-replies@burgernet.local", "tls-replies", "tls-mailbox-secret"));
        tls.start();
        try (PortalProcess portal = PortalProcess.create("tls-mail", PortalProcess.freePort())
                .systemProperty(
                        "burgernet.mail.smtp.port",
                        Integer.toString(tls.getSmtps().getPort()))
                .systemProperty("burgernet.mail.smtp.tls", "TLS")
                .systemProperty("burgernet.mail.smtp.ssl-trust", "127.0.0.1")
                .systemProperty(
                        "burgernet.mail.imap.port",
                        Integer.toString(tls.getImaps().getPort()))
                .systemProperty("burgernet.mail.imap.tls", "TLS")
                .systemProperty("burgernet.mail.imap.ssl-trust", "127.0.0.1")
                .systemProperty("burgernet.mail.imap.user", "tls-replies")
                .systemProperty("burgernet.mail.imap.password", "tls-mailbox-secret")) {
            GreenMailUser mailbox = tls.getUserManager().getUser("tls-replies");
            mailbox.deliver(
                    GreenMailUtil.newMimeMessage("From: jan@example.nl\r\nTo: reply+unknownkey@burgernet.local\r\n"
                            + "Subject: Re: Inbraak\r\nMessage-ID: <tls-1@example.nl>\r\n\r\nIk zag iets.\r\n"));

            // Ready means the mail-server check logged in over IMAPS and greeted the SMTPS server.
            portal.start().awaitReady(BOOT);

            assertTrue(
                    Await.until(Duration.ofSeconds(30), () -> waiting(tls, mailbox) == 0),
                    "the intake read the waiting mail over TLS:\n" + portal.log());
        } finally {
            tls.stop();
        }
    }

    private static int waiting(GreenMail server, GreenMailUser user) {
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal with the real WAR (and the test's probe and login), started on first use. */
    private static PortalProcess realPortal() throws Exception {
        if (realPortal == null) {
            Path war = WarBuilder.portal()
                    .withClasses(ChannelProbe.class, ProcessFixture.class)
                    .writeTo(wars.resolve("real.war"));
            realPortal = PortalProcess.create("real", port).war(war);
        }
        if (!realPortal.isAlive()) {
            realPortal.start().awaitReady(BOOT);
        }
        return realPortal;
    }

    private static List<String> channels(PortalProcess portal) throws Exception {
        HttpResponse<String> response = portal.get(ChannelProbe.PATH);
        assertEquals(200, response.statusCode(), response.body());
        return response.body()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .sorted()
                .toList();
    }

    private static PortalSession admin(PortalProcess portal) throws Exception {
        return PortalSession.login(portal.baseUri(), ProcessFixture.ADMIN, ProcessFixture.PASSWORD);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
