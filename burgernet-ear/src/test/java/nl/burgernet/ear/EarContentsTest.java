package nl.burgernet.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The EAR for full servers: modules declared in application.xml, shared jars in lib/, nothing twice. */
class EarContentsTest {

    private static ZipFile ear;

    @BeforeAll
    static void open() throws Exception {
        ear = new ZipFile(System.getProperty("burgernet.ear", "target/burgernet.ear"));
    }

    @AfterAll
    static void close() throws Exception {
        ear.close();
    }

    @Test
    void applicationXmlDeclaresTheEjbAndWebModules() throws Exception {
        ZipEntry entry = ear.getEntry("META-INF/application.xml");
        assertNotNull(entry, "application.xml missing");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc;
        try (InputStream in = ear.getInputStream(entry)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        assertEquals("11", doc.getDocumentElement().getAttribute("version"));
        assertEquals("burgernet-ejb.jar", text(doc, "ejb"));
        assertEquals("burgernet-web.war", text(doc, "web-uri"));
        assertEquals("/", text(doc, "context-root"));
        assertEquals("lib", text(doc, "library-directory"));
    }

    @Test
    void modulesAndSharedLibrariesArePresent() {
        assertNotNull(ear.getEntry("burgernet-ejb.jar"));
        assertNotNull(ear.getEntry("burgernet-web.war"));
        assertTrue(
                ear.stream().anyMatch(e -> e.getName().matches("lib/burgernet-channel-api-.*\\.jar")),
                "the channel SPI belongs in lib/ so every module and plugin shares one copy");
        assertTrue(
                ear.stream().anyMatch(e -> e.getName().matches("lib/burgernet-channel-email-.*\\.jar")),
                "channel plugins are found by CDI in lib/");
    }

    /**
     * Adding a channel to a full server is adding its jar to lib/: so every plugin module of the build that is a CDI
     * bean archive (has a beans.xml; the SPI is one too, the test kit is not) must be there, a new one included.
     */
    @Test
    void everyChannelPluginOfTheBuildIsInLib() throws Exception {
        Path plugins = Path.of(System.getProperty("burgernet.plugins", "../plugins"));
        List<String> beanArchives = new ArrayList<>();
        Element modules = children(parse(plugins.resolve("pom.xml")).getDocumentElement(), "modules")
                .get(0);
        for (Element module : children(modules, "module")) {
            Path dir = plugins.resolve(module.getTextContent().trim());
            if (Files.exists(dir.resolve("src/main/resources/META-INF/beans.xml"))) {
                Element project = parse(dir.resolve("pom.xml")).getDocumentElement();
                beanArchives.add(
                        children(project, "artifactId").get(0).getTextContent().trim());
            }
        }
        assertTrue(beanArchives.contains("burgernet-channel-email"), "plugins found: " + beanArchives);
        for (String artifactId : beanArchives) {
            String jar = "lib/" + Pattern.quote(artifactId) + "-\\d[^/]*\\.jar";
            assertTrue(
                    ear.stream().anyMatch(e -> e.getName().matches(jar)),
                    artifactId + " is a channel plugin of the build but not in the EAR's lib/");
        }
    }

    @Test
    void webModuleDoesNotCarryTheCoreASecondTime() throws Exception {
        List<String> webLibs = new ArrayList<>();
        try (ZipInputStream war = new ZipInputStream(ear.getInputStream(ear.getEntry("burgernet-web.war")))) {
            for (ZipEntry e; (e = war.getNextEntry()) != null; ) {
                if (e.getName().startsWith("WEB-INF/lib/")) {
                    webLibs.add(e.getName());
                }
            }
        }
        assertTrue(
                webLibs.stream().noneMatch(n -> n.contains("burgernet-ejb") || n.contains("burgernet-channel-")),
                "skinny WAR expected, found " + webLibs);
        assertTrue(webLibs.stream().anyMatch(n -> n.contains("primefaces")), "the web module keeps its own UI jars");
        // Only jars in the web module's WEB-INF/lib have their META-INF/resources served: the operator's map needs it.
        assertTrue(webLibs.stream().anyMatch(n -> n.contains("leaflet")), "the map's Leaflet webjar: " + webLibs);
    }

    private static Document parse(Path xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    /** The elements called {@code tag} directly below {@code parent}, e.g. a pom's own artifactId, not its parent's. */
    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Document doc, String tag) {
        var nodes = doc.getElementsByTagNameNS("*", tag);
        assertTrue(nodes.getLength() > 0, "<" + tag + "> missing");
        return ((Element) nodes.item(0)).getTextContent().trim();
    }
}
