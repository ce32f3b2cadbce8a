package nl.burgernet.it.support;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the real {@code burgernet.war} as the build produced it, plus the
 * test's own classes. Tests exercise the artifact that ships, not a hand-picked subset of it.
 */
public final class PortalDeployment {

    private PortalDeployment() {}

    /**
     * The portal without one of its plugin jars, plus the test's classes: for tests whose scriptable test channel
     * takes that plugin's id (to make it retry, refuse or throw on cue, which a real provider does not do on cue).
     */
    public static WebArchive withoutPlugin(String artifactId, Class<?>... classes) {
        WebArchive archive = withTestClasses(classes);
        List<ArchivePath> jars =
                archive.getContent(path -> path.get().startsWith("/WEB-INF/lib/" + artifactId + "-")).keySet().stream()
                        .toList();
        jars.forEach(archive::delete);
        return archive;
    }

    public static WebArchive withTestClasses(Class<?>... classes) {
        File war = new File(System.getProperty("burgernet.it.war", "target/burgernet.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No portal WAR at " + war + ": run the integration tests through Maven");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(classes);
    }
}
