package nl.burgernet.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api}. Payara Micro publishes its OpenAPI document at {@code /openapi} on the server's
 * root (not below the portal's context root), built from these annotations and the resources' own.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Burgernet API",
                        version = "1",
                        description = "Alerts (Burgernetacties) for control-room systems: create, launch, update, end"
                                + " and follow them. A control-room system authenticates with an API key of its"
                                + " municipality, which the municipality admin creates on the API keys page; the key"
                                + " works as an operator of that municipality only. The operators' screens use the"
                                + " same API with their login session."),
        tags = @Tag(name = "Alerts", description = "The current municipality's alerts and their dispatch"),
        components =
                @Components(
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = ApiDocs.BEARER,
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    bearerFormat = "bnk_<prefix>_<secret>",
                                    description = "Authorization: Bearer <API key>"),
                            @SecurityScheme(
                                    securitySchemeName = ApiDocs.X_API_KEY,
                                    type = SecuritySchemeType.APIKEY,
                                    in = SecuritySchemeIn.HEADER,
                                    apiKeyName = "X-API-Key",
                                    description = "The same key, for clients that cannot set Authorization")
                        },
                        responses = {
                            @APIResponse(
                                    name = ApiDocs.BAD_REQUEST,
                                    responseCode = "400",
                                    description = "The request cannot be accepted; 'field' names the field at fault"
                                            + " where there is one",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    schema = @Schema(implementation = ApiError.class))),
                            @APIResponse(
                                    name = ApiDocs.UNAUTHORIZED,
                                    responseCode = "401",
                                    description = "No API key, or one that is not valid or has been revoked"
                                            + " (WWW-Authenticate: Bearer)",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    schema = @Schema(implementation = ApiError.class))),
                            @APIResponse(
                                    name = ApiDocs.NOT_FOUND,
                                    responseCode = "404",
                                    description = "No such alert in the key's municipality (another municipality's"
                                            + " alert is not found either)",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    schema = @Schema(implementation = ApiError.class))),
                            @APIResponse(
                                    name = ApiDocs.CONFLICT,
                                    responseCode = "409",
                                    description =
                                            "The alert's lifecycle does not allow this step now (e.g. launching an"
                                                    + " ended alert), or a second operator must approve it first",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    schema = @Schema(implementation = ApiError.class)))
                        }))
public class RestApplication extends Application {}
