package nl.burgernet.devservices;

import java.util.List;
import java.util.stream.Collectors;

/** The demo logins: handed to the portal (which creates them in an empty database) and printed at start. */
final class DemoLogins {

    static final String PASSWORD = "burgernet-demo";

    static final List<Login> ALL = List.of(
            new Login("admin", "PLATFORM_ADMIN", "", "platform admin, all municipalities"),
            new Login("beheer-sv", "MUNICIPALITY_ADMIN", "GM0355", "municipality admin, Stichtse Vecht"),
            new Login("beheer-drv", "MUNICIPALITY_ADMIN", "GM0736", "municipality admin, De Ronde Venen"),
            new Login("meldkamer", "OPERATOR", "GM0355+GM0736", "operator (control room), both municipalities"));

    private DemoLogins() {}

    /** As the portal's {@code burgernet.demo.logins} expects: {@code username:password:ROLE:CBS+CBS,...}. */
    static String asProperty() {
        return ALL.stream()
                .map(l -> l.username() + ":" + PASSWORD + ":" + l.role() + ":" + l.cbsCodes())
                .collect(Collectors.joining(","));
    }

    static String asTable() {
        return ALL.stream()
                .map(l -> String.format("    %-12s %-16s %s", l.username(), PASSWORD, l.description()))
                .collect(Collectors.joining("\n"));
    }

    record Login(String username, String role, String cbsCodes, String description) {}
}
