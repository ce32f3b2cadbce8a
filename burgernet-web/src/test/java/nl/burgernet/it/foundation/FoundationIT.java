package nl.burgernet.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.channel.testkit.RecordingChannel;
import nl.burgernet.domain.model.municipality.CbsCode;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalityRepository;
import nl.burgernet.infrastructure.channels.ChannelRegistry;
import nl.burgernet.infrastructure.messaging.jms.Jms;
import nl.burgernet.it.support.Await;
import nl.burgernet.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation on Payara Micro: the database schema from the migrations, JPA, EJB timers, JMS through the Artemis
 * resource adapter into an MDB (with redelivery after a rollback), and the health endpoints. One deployment serves
 * all of it, because every deployment costs seconds.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses(
                        FoundationIT.class, ProbeConsumer.class, ProbeLog.class, ProbeTimers.class, Await.class)
                // A channel plugin that is not in the WAR, added without any change to the core.
                .addPackage(RecordingChannel.class.getPackage());
    }

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ProbeLog probeLog;

    @Inject
    ChannelRegistry channels;

    @Inject
    ProbeTimers probeTimers;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "jdbc/burgernet")
    DataSource dataSource;

    @Resource(lookup = Jms.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @ArquillianResource
    URL portalUrl;

    @Test
    void migrationsCreatedTheSchema() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                                + " ORDER BY \"installed_rank\"")) {
            assertTrue(rs.next(), "no successful migration recorded");
            assertEquals("1", rs.getString(1));
        }
    }

    @Test
    void municipalityIsPersistedAndFoundByItsCbsCode() throws Exception {
        // A code of its own: the ITs share one database, and others need the real Stichtse Vecht (GM0355).
        CbsCode code = new CbsCode("GM9355");
        tx.begin();
        municipalities.store(new Municipality(code, "Stichtse Vecht"));
        tx.commit();

        tx.begin();
        try {
            Municipality found = municipalities.findByCbsCode(code).orElseThrow();
            assertEquals("Stichtse Vecht", found.name());
            assertTrue(found.id() > 0);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void secondMunicipalityWithTheSameCbsCodeIsRefused() throws Exception {
        CbsCode code = new CbsCode("GM0344");
        tx.begin();
        municipalities.store(new Municipality(code, "Utrecht"));
        tx.commit();

        tx.begin();
        try {
            assertThrows(Exception.class, () -> {
                municipalities.store(new Municipality(code, "Utrecht again"));
                tx.commit();
            });
        } finally {
            if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        }
    }

    @Test
    void channelPluginsAreFoundWhereverTheyAreInTheDeployment() {
        List<String> ids =
                channels.descriptors().stream().map(ChannelDescriptor::id).toList();
        assertTrue(ids.contains("email"), "the e-mail plugin jar in WEB-INF/lib: " + ids);
        assertTrue(ids.contains("test-recording"), "the channel added to the deployment: " + ids);
        assertTrue(channels.find("fax").isEmpty());
    }

    @Test
    void calendarTimerFires() throws Exception {
        assertTrue(
                Await.until(Duration.ofSeconds(10), () -> probeLog.timerEvents(ProbeTimers.SCHEDULED) >= 2),
                "the @Schedule timer did not fire twice in 10 s");
    }

    @Test
    void persistentSingleActionTimerFires() throws Exception {
        String name = "once-" + UUID.randomUUID();
        probeTimers.fireOnceAfter(300, name);
        assertTrue(
                Await.until(Duration.ofSeconds(10), () -> probeLog.timerEvents(name) == 1),
                "the single-action timer did not fire");
    }

    @Test
    void mdbConsumesMessageSentThroughTheResourceAdapter() throws Exception {
        String text = "hello-" + UUID.randomUUID();
        send(text);
        assertTrue(Await.until(Duration.ofSeconds(20), () -> probeLog.consumedAt(text) != null), "not consumed");
        assertEquals(1, probeLog.consumedAt(text), "consumed on its first delivery, exactly once");
    }

    @Test
    void rolledBackMessageIsRedelivered() throws Exception {
        String text = "fail-once-" + UUID.randomUUID();
        send(text);
        assertTrue(Await.until(Duration.ofSeconds(30), () -> probeLog.consumedAt(text) != null), "not redelivered");
        assertEquals(2, probeLog.consumedAt(text), "consumed on the second delivery, exactly once");
        assertEquals(List.of(1, 2), probeLog.attemptsOf(text));
    }

    @Test
    @RunAsClient
    void readinessReportsDatabaseBrokerAndMailServerUp() throws Exception {
        HttpResponse<String> response = get("health/ready");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        for (String check : new String[] {"database", "jms-broker", "mail-server", "deployment"}) {
            assertTrue(body.contains("\"name\":\"" + check + "\""), check + " missing from " + body);
        }
        assertTrue(!body.contains("\"DOWN\""), body);
        for (String detail : new String[] {"\"data\":{\"", "product", "provider", "127.0.0.1"}) {
            assertFalse(body.contains(detail), "details are for the platform admin only: " + body);
        }
    }

    @Test
    @RunAsClient
    void errorsArePagesOfThePortalInTheVisitorsLanguageNotTheServersReport() throws Exception {
        for (String path : new String[] {"no-such-page.xhtml", "no/such/file.txt"}) {
            HttpResponse<String> dutch = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(portalUrl.toURI().resolve(path))
                                    .header("Accept-Language", "nl")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(404, dutch.statusCode(), path);
            assertTrue(dutch.body().contains("Pagina niet gevonden"), path + ": " + dutch.body());
            assertFalse(dutch.body().contains("Payara"), "no server report: " + dutch.body());
        }
        HttpResponse<String> english = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(portalUrl.toURI().resolve("no-such-page.xhtml"))
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("Page not found"), english.body());
        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(portalUrl.toURI().resolve("api/no-such-resource"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(api.body().startsWith("{"), "the API answers JSON: " + api.body());
    }

    @Test
    @RunAsClient
    void livenessIsUp() throws Exception {
        HttpResponse<String> response = get("health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    }

    @Test
    @RunAsClient
    void homePageRendersWithPrimeFaces() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(portalUrl.toURI().resolve("index.xhtml"))
                                .header("Accept-Language", "nl")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Politie, gemeenten en inwoners"), "Dutch text expected");
        assertTrue(response.body().contains("primefaces"), "PrimeFaces resources expected");
    }

    @Test
    @RunAsClient
    void demoMailboxDoesNotExistOutsideTheDemo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(portalUrl.toURI().resolve("demo/mailbox.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
    }

    private void send(String text) {
        try (JMSContext ctx = connectionFactory.createContext()) {
            ctx.createProducer().send(ctx.createQueue(ProbeConsumer.QUEUE), text);
        }
    }

    /** Health lives at the server's root, not under the portal's context root. */
    private HttpResponse<String> get(String path) throws Exception {
        URI server = portalUrl.toURI().resolve("/");
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(server.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
