package nl.burgernet.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer, as {@link ErrorMappers} and the API key check write it; here for the OpenAPI
 * document.
 */
@Schema(name = "Error", description = "What went wrong, for the developer of the calling system")
public record ApiError(
        @Schema(description = "The HTTP status", example = "400") int status,
        @Schema(description = "What went wrong", example = "Choose the kind of alert") String error,
        @Schema(description = "The request's field at fault, for 400 answers about one field", example = "type")
                String field) {}
