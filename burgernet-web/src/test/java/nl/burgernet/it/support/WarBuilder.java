package nl.burgernet.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A copy of the real {@code burgernet.war} with jars added to or removed from {@code WEB-INF/lib}, and test classes
 * added when a test needs to look inside; written to a file for a {@link PortalProcess} to deploy. Everything else
 * in the WAR, the core included, stays byte for byte what the build produced.
 */
public final class WarBuilder {

    private static final ArchivePath LIB = ArchivePaths.create("/WEB-INF/lib");

    /** What every channel plugin carries (see the plugins' own beans.xml): only annotated classes are beans. */
    private static final String BEANS_XML =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_1.xsd"
                   version="4.1" bean-discovery-mode="annotated">
            </beans>
            """;

    private final WebArchive war;

    private WarBuilder(WebArchive war) {
        this.war = war;
    }

    /** Starts from the WAR the build produced ({@code burgernet.it.war}). */
    public static WarBuilder portal() {
        File file = new File(System.getProperty("burgernet.it.war", "target/burgernet.war"));
        if (!file.isFile()) {
            throw new IllegalStateException("No portal WAR at " + file + ": run the integration tests through Maven");
        }
        return new WarBuilder(ShrinkWrap.createFromZipFile(WebArchive.class, file));
    }

    /**
     * A channel plugin as its own jar: the given classes and a {@code META-INF/beans.xml} in annotated mode, as
     * {@code plugins/burgernet-channel-*} builds them.
     */
    public static JavaArchive channelPlugin(String jarName, Class<?>... classes) {
        return ShrinkWrap.create(JavaArchive.class, jarName)
                .addClasses(classes)
                .addAsManifestResource(new StringAsset(BEANS_XML), "beans.xml");
    }

    /** Adds a jar to {@code WEB-INF/lib}. */
    public WarBuilder withLibrary(JavaArchive jar) {
        war.addAsLibrary(jar);
        return this;
    }

    /** Removes the jar of {@code artifactId} (any version) from {@code WEB-INF/lib}; it must be there. */
    public WarBuilder withoutLibrary(String artifactId) {
        war.delete(ArchivePaths.create(LIB, library(artifactId)));
        return this;
    }

    /** Adds classes of the test class path to {@code WEB-INF/classes}, e.g. a probe that reports what it sees. */
    public WarBuilder withClasses(Class<?>... classes) {
        war.addClasses(classes);
        return this;
    }

    /** The file names in {@code WEB-INF/lib}. */
    public List<String> libraries() {
        Node lib = war.get(LIB);
        if (lib == null) {
            return List.of();
        }
        return lib.getChildren().stream()
                .map(n -> n.getPath().get().substring(LIB.get().length() + 1))
                .sorted()
                .toList();
    }

    /** The file name of {@code artifactId}'s jar in {@code WEB-INF/lib}, e.g. {@code burgernet-channel-email-0.1.0.jar}. */
    public String library(String artifactId) {
        // A version starts with a digit: "burgernet-channel-email" is not "burgernet-channel-email-extra".
        Pattern jar = Pattern.compile(Pattern.quote(artifactId) + "(-\\d[^/]*)?\\.jar");
        List<String> matching =
                libraries().stream().filter(n -> jar.matcher(n).matches()).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException(
                    "Expected one jar of " + artifactId + " in WEB-INF/lib, found " + matching + " in " + libraries());
        }
        return matching.get(0);
    }

    /** Writes the WAR (replacing the file) and returns where it is. */
    public Path writeTo(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file.toAbsolutePath();
    }
}
