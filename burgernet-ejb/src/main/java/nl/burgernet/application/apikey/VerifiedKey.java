package nl.burgernet.application.apikey;

/**
 * A key that opened a request: for which municipality, and under which name the request acts (audit trail, "created
 * by" of alerts).
 */
public record VerifiedKey(long keyId, long municipalityId, String cbsCode, String name) {

    public static final String CALLER_PREFIX = "api-key:";

    /** {@code api-key:<name>@<CBS code>}, e.g. {@code api-key:GMS Midden-Nederland@GM0355}. */
    public String callerName() {
        return CALLER_PREFIX + name + "@" + cbsCode;
    }
}
