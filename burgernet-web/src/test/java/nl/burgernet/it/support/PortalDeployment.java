package nl.burgernet.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the real {@code burgernet.war} as the build produced it, plus the
 * test's own classes. Tests exercise the artifact that ships, not a hand-picked subset of it.
 */
public final class PortalDeployment {

    private PortalDeployment() {}

    public static WebArchive withTestClasses(Class<?>... classes) {
        File war = new File(System.getProperty("burgernet.it.war", "target/burgernet.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No portal WAR at " + war + ": run the integration tests through Maven");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(classes);
    }
}
