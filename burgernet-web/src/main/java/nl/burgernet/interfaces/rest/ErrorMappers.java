package nl.burgernet.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.application.alert.AlertNotFoundException;
import nl.burgernet.application.alert.NationalReachRefusedException;
import nl.burgernet.domain.model.alert.ApprovalRefusedException;
import nl.burgernet.domain.model.alert.IllegalTransitionException;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import nl.burgernet.infrastructure.tenancy.NoTenantException;

/** Errors as JSON with a message a client developer can act on, and the right status. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {}

    static Response error(Response.Status status, String message) {
        return error(
                status,
                Json.createObjectBuilder().add("status", status.getStatusCode()).add("error", message));
    }

    private static Response error(Response.Status status, JsonObjectBuilder body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body.build().toString())
                .build();
    }

    @Provider
    public static class NoTenant implements ExceptionMapper<NoTenantException> {
        @Override
        public Response toResponse(NoTenantException e) {
            return error(Response.Status.FORBIDDEN, "No municipality selected for this login");
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, "Not allowed for this login");
        }
    }

    @Provider
    public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class AlertNotFound implements ExceptionMapper<AlertNotFoundException> {
        @Override
        public Response toResponse(AlertNotFoundException e) {
            return error(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** National reach asked for by a login that is not the national control room's: 403, naming the type. */
    @Provider
    public static class NationalReachRefused implements ExceptionMapper<NationalReachRefusedException> {
        @Override
        public Response toResponse(NationalReachRefusedException e) {
            return error(
                    Response.Status.FORBIDDEN,
                    Json.createObjectBuilder()
                            .add("status", 403)
                            .add("error", e.getMessage())
                            .add("field", "type"));
        }
    }

    /** A step the alert's lifecycle does not allow now, e.g. launching an ended alert: 409 Conflict. */
    @Provider
    public static class IllegalTransition implements ExceptionMapper<IllegalTransitionException> {
        @Override
        public Response toResponse(IllegalTransitionException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** The four-eyes rule refused the step: 409, the alert waits for another operator. */
    @Provider
    public static class ApprovalRefused implements ExceptionMapper<ApprovalRefusedException> {
        @Override
        public Response toResponse(ApprovalRefusedException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** A field of an alert that cannot be accepted: 400, naming the field. */
    @Provider
    public static class InvalidAlert implements ExceptionMapper<InvalidAlertException> {
        @Override
        public Response toResponse(InvalidAlertException e) {
            return error(
                    Response.Status.BAD_REQUEST,
                    Json.createObjectBuilder()
                            .add("status", 400)
                            .add("error", e.getMessage())
                            .add("field", e.field()));
        }
    }

    /**
     * A request body that is not JSON, or not of the call's shape (an unknown enum value such as a misspelt alert
     * type): 400. The parser's own words name internal classes, so they stay in the server's log.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            LOG.log(Level.FINE, "Unreadable request body", e);
            return unreadableBody();
        }
    }

    /** Jersey reports a body its JSON reader gave up on as a processing failure: 400 as well. */
    @Provider
    public static class UnprocessableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            LOG.log(Level.FINE, "Unreadable request body", e);
            return unreadableBody();
        }
    }

    /**
     * A query parameter that does not convert (an unknown enum value such as {@code ?status=SENDING}, a word where a
     * number belongs) is the client's mistake, but JAX-RS answers it with 404 as if the resource did not exist. The
     * implementation (Jersey, in Payara) says so by the exception's class; its parameter name is read the same way, so
     * nothing here depends on Jersey at compile time.
     */
    static boolean isUnconvertibleQueryParameter(WebApplicationException e) {
        return e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()
                && e.getCause() != null
                && e.getClass().getSimpleName().equals("QueryParamException");
    }

    private static String unconvertibleQueryParameter(WebApplicationException e) {
        String name;
        try {
            name = String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            name = "a query parameter";
        }
        return "The value of " + ("a query parameter".equals(name) ? name : "the query parameter '" + name + "'")
                + " is not one of the allowed ones (see the OpenAPI document at /openapi)";
    }

    static Response unreadableBody() {
        return error(
                Response.Status.BAD_REQUEST,
                "The request body is not valid JSON for this call, or a value is not one of the allowed ones"
                        + " (see the OpenAPI document at /openapi)");
    }

    /**
     * Anything else: JAX-RS's own responses (404, 405, 415 ...) as they are, a bad argument that came through an EJB
     * as 400, and the rest as 500 with a reference to the server's log, never with a stack trace or an SQL message.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException web) {
                if (isUnconvertibleQueryParameter(web)) {
                    return error(Response.Status.BAD_REQUEST, unconvertibleQueryParameter(web));
                }
                Response response = web.getResponse();
                // Without a body the server would send its HTML error page to an API client.
                return response.hasEntity()
                        ? response
                        : error(
                                Response.Status.fromStatusCode(response.getStatus()) == null
                                        ? Response.Status.BAD_REQUEST
                                        : Response.Status.fromStatusCode(response.getStatus()),
                                response.getStatusInfo().getReasonPhrase());
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException bad) {
                    return error(Response.Status.BAD_REQUEST, bad.getMessage());
                }
                if (cause instanceof JsonbException) {
                    return unreadableBody();
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Request failed; reference " + reference, e);
            return error(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server. Reference for the administrator: " + reference);
        }
    }
}
