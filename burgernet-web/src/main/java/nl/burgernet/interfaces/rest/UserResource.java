package nl.burgernet.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.application.identity.UserService;
import nl.burgernet.application.identity.UserService.NationalReach;

/**
 * The platform admin's grant of national reach: {@code PUT /api/admin/users/{username}/national-reach} with {@code
 * {"granted": true}} makes an operator login one of the national control room's, whose AMBER Alerts reach every
 * municipality; {@code false} takes it back at once. A municipality admin gets 403 (the service allows the platform
 * admin only), an unknown login or a login that is not an operator 400.
 */
@Path("admin/users/{username}/national-reach")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService users;

    /** The body of a PUT. */
    public record NationalReachInput(Boolean granted) {}

    @GET
    public NationalReach get(@PathParam("username") String username) {
        return users.nationalReach(username);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public NationalReach set(@PathParam("username") String username, NationalReachInput input) {
        if (input == null || input.granted() == null) {
            throw new IllegalArgumentException("A body with \"granted\": true or false");
        }
        return users.grantNationalReach(username, input.granted());
    }
}
