package nl.burgernet.interfaces.rest;

/**
 * Names shared by the OpenAPI annotations: the security schemes and error responses defined once in {@link
 * RestApplication}, and the schemas that META-INF/microprofile-config.properties defines for the alert enums.
 */
final class ApiDocs {

    static final String BEARER = "apiKey";
    static final String X_API_KEY = "apiKeyHeader";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";

    static final String BAD_REQUEST_REF = "#/components/responses/" + BAD_REQUEST;
    static final String UNAUTHORIZED_REF = "#/components/responses/" + UNAUTHORIZED;
    static final String NOT_FOUND_REF = "#/components/responses/" + NOT_FOUND;
    static final String ALERT_TYPE = "AlertType";
    static final String ALERT_PRIORITY = "AlertPriority";
    static final String ALERT_STATUS = "AlertStatus";

    static final String CONFLICT_REF = "#/components/responses/" + CONFLICT;

    private ApiDocs() {}
}
