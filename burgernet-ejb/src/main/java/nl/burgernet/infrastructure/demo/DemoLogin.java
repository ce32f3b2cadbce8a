package nl.burgernet.infrastructure.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.domain.model.identity.Role;

/**
 * One demo login, as the launcher passes them in {@code burgernet.demo.logins}: {@code
 * username:password:ROLE:CBS+CBS}, comma-separated. The launcher owns the list because it prints it.
 */
record DemoLogin(String username, String password, Role role, Set<String> cbsCodes) {

    static List<DemoLogin> parseAll(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split(","))
                .map(String::strip)
                .map(DemoLogin::parse)
                .toList();
    }

    static DemoLogin parse(String one) {
        String[] f = one.split(":", -1);
        if (f.length != 4) {
            throw new IllegalArgumentException("A demo login is username:password:ROLE:CBS+CBS, not " + one);
        }
        Set<String> codes = f[3].isBlank()
                ? Set.of()
                : Arrays.stream(f[3].split("\\+")).map(String::strip).collect(Collectors.toUnmodifiableSet());
        return new DemoLogin(f[0], f[1], Role.valueOf(f[2]), codes);
    }
}
