package nl.burgernet.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.burgernet.infrastructure.tenancy.NoTenantException;

/** Errors as JSON with a message a client developer can act on, and the right status. */
public final class ErrorMappers {

    private ErrorMappers() {}

    static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("status", status.getStatusCode())
                        .add("error", message)
                        .build()
                        .toString())
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
}
