package nl.burgernet.domain.model.identity;

/**
 * A login's role; {@link #group()} is the name Jakarta Security and {@code @RolesAllowed} use. The national control
 * room is not a role of its own but an operator with national reach ({@code AppUser#hasNationalReach}), granted by a
 * platform admin: it works for its municipalities like any operator, and only it may send an AMBER Alert.
 */
public enum Role {
    PLATFORM_ADMIN(Roles.PLATFORM_ADMIN),
    MUNICIPALITY_ADMIN(Roles.MUNICIPALITY_ADMIN),
    OPERATOR(Roles.OPERATOR);

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** The role names as compile-time constants, for annotations. */
    public static final class Roles {
        public static final String PLATFORM_ADMIN = "platform-admin";
        public static final String MUNICIPALITY_ADMIN = "municipality-admin";
        public static final String OPERATOR = "operator";

        private Roles() {}
    }
}
