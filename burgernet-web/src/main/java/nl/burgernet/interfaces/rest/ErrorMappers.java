package nl.burgernet.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.burgernet.application.alert.AlertNotFoundException;
import nl.burgernet.domain.model.alert.ApprovalRefusedException;
import nl.burgernet.domain.model.alert.IllegalTransitionException;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import nl.burgernet.infrastructure.tenancy.NoTenantException;

/** Errors as JSON with a message a client developer can act on, and the right status. */
public final class ErrorMappers {

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
}
