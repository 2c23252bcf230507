package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.facility.FacilityService;
import org.liaison.platform.PageRequest;

@Path("facilities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "Hospitals and sites of the health system")
public class FacilityResource {

    @Inject
    FacilityService facilities;

    @Context
    UriInfo uri;

    @Inject
    jakarta.validation.Validator validator;

    public record FacilityView(Long id, long version, String name, String code, String kind, int beds,
            String address, String city) {
        static FacilityView of(Facility f) {
            return new FacilityView(f.getId(), f.getVersion(), f.getName(), f.getCode(), f.getKind().name(),
                    f.getBeds(), f.getAddress(), f.getCity());
        }
    }

    public record FacilityInput(String name, String code, String kind, Integer beds, String address, String city,
            Long version) {
        Facility toFacility(jakarta.validation.Validator validator) {
            Inputs.Collector problems = new Inputs.Collector();
            Facility f = new Facility(name, code, problems.enumValue(FacilityKind.class, kind, "kind", true),
                    beds == null ? 0 : beds, address, city);
            return problems.validated(f, validator);
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Facilities in your scope", description = "Directors, auditors and administrators see all;"
            + " managers and officers see theirs.")
    public ListResult<FacilityView> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(facilities.list(PageRequest.of(offset, limit)), FacilityView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One facility")
    public Response get(@PathParam("id") long id) {
        Facility facility = facilities.find(id);
        return Versions.tagged(Response.ok(FacilityView.of(facility)), facility.getVersion()).build();
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Operation(summary = "Add a facility (administrators)")
    public Response create(FacilityInput input) {
        Facility created = facilities.create(required(input).toFacility(validator));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(FacilityView.of(created)).build();
    }

    @RolesAllowed(Role.ADMIN_)
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a facility (administrators); send the version you read")
    public FacilityView update(@PathParam("id") long id, FacilityInput input,
            @HeaderParam("If-Match") String ifMatch) {
        Facility edited = required(input).toFacility(validator);
        edited.setId(id);
        edited.setVersion(Versions.required(input.version(), ifMatch));
        return FacilityView.of(facilities.update(edited));
    }

    private static FacilityInput required(FacilityInput input) {
        if (input == null) {
            throw org.liaison.platform.InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }
}
