package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.account.AccountDetails;
import org.liaison.account.AccountService;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Accounts of staff and partner liaison officers (administrators only)")
public class UserResource {

    @Inject
    AccountService accounts;

    @Context
    UriInfo uri;

    /** An account as the API shows it; never the password or its hash. */
    public record UserView(Long id, long version, String username, String displayName, String email,
            boolean enabled, List<String> roles, List<Long> facilityIds, Long partnerAgencyId) {
        static UserView of(UserAccount u) {
            return new UserView(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                    u.isEnabled(), u.getRoles().stream().map(Role::name).sorted().toList(),
                    u.getFacilities().stream().map(Facility::getId).sorted().toList(),
                    u.getPartnerAgency() == null ? null : u.getPartnerAgency().getId());
        }
    }

    public record UserInput(String username, String displayName, String email, List<String> roles,
            List<Long> facilityIds, Long partnerAgencyId, String password) {
        AccountDetails toDetails() {
            if (roles == null || roles.isEmpty()) {
                throw InvalidInput.of("roles", "Choose at least one role.");
            }
            Set<Role> parsed = EnumSet.noneOf(Role.class);
            for (String role : roles) {
                parsed.add(Inputs.enumValue(Role.class, role, "roles", true));
            }
            Set<Long> facilities = facilityIds == null ? Set.of() : new LinkedHashSet<>(facilityIds);
            return new AccountDetails(username, displayName, AgencyResource.blankToNull(email), parsed, facilities,
                    partnerAgencyId);
        }
    }

    public record EnabledInput(Boolean enabled) {
    }

    @RolesAllowed(Role.ADMIN_)
    @GET
    @Operation(summary = "Accounts", description = "Ordered by user name; q searches user and display names.")
    public ListResult<UserView> list(@QueryParam("q") String search,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(accounts.list(search, PageRequest.of(offset, limit)), UserView::of);
    }

    @RolesAllowed(Role.ADMIN_)
    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public Response get(@PathParam("id") long id) {
        UserAccount account = accounts.find(id);
        return Versions.tagged(Response.ok(UserView.of(account)), account.getVersion()).build();
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Operation(summary = "Create an account", description = "Roles are ADMIN, DIRECTOR, MANAGER, OFFICER, PARTNER or"
            + " AUDITOR. Managers and officers need facilityIds; a partner needs partnerAgencyId and no other role."
            + " The initial password follows the password policy (at least 12 characters, not the user name).")
    public Response create(UserInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        UserAccount created = accounts.create(input.toDetails(), input.password());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(UserView.of(created)).build();
    }

    @RolesAllowed(Role.ADMIN_)
    @PUT
    @Path("{id}/enabled")
    @Operation(summary = "Enable or disable an account", description = "Body {\"enabled\": false} disables it:"
            + " its next request, page or API, is refused. You cannot disable your own account.")
    public UserView setEnabled(@PathParam("id") long id, EnabledInput input) {
        if (input == null || input.enabled() == null) {
            throw InvalidInput.of("enabled", "Send {\"enabled\": true} or {\"enabled\": false}.");
        }
        return UserView.of(accounts.setEnabled(id, input.enabled()));
    }
}
