package nl.burgernet.interfaces.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this portal runs with the demo configuration ({@code burgernet.demo=true}, set by ./burgernet run). */
@Named("demo")
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "burgernet.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoPhone phone;

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether the demo has phones (an SMSC simulator) to look at. */
    public boolean isPhone() {
        return enabled && phone.isAvailable();
    }
}
