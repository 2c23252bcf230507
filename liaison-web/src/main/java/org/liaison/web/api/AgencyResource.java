package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.agency.AgencySummary;
import org.liaison.engagement.AgencyTimeline;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Law-enforcement and public-safety agencies in your scope")
public class AgencyResource {

    @Inject
    AgencyService agencies;

    @Inject
    AgencyTimeline timeline;

    @Context
    UriInfo uri;

    @Inject
    jakarta.validation.Validator validator;

    public record AgencyView(Long id, long version, String name, String type, String jurisdiction,
            String nonEmergencyPhone, String dispatchPhone, String address, Long contactCount) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.getId(), a.getVersion(), a.getName(), a.getType().name(), a.getJurisdiction(),
                    a.getNonEmergencyPhone(), a.getDispatchPhone(), a.getAddress(), null);
        }

        static AgencyView of(AgencySummary a) {
            return new AgencyView(a.id(), a.version(), a.name(), a.type().name(), a.jurisdiction(),
                    a.nonEmergencyPhone(), a.dispatchPhone(), null, a.contactCount());
        }
    }

    public record AgencyInput(String name, String type, String jurisdiction, String nonEmergencyPhone,
            String dispatchPhone, String address, Long facilityId, Long version) {
        Agency toAgency(jakarta.validation.Validator validator) {
            Inputs.Collector problems = new Inputs.Collector();
            Agency agency = new Agency(name, problems.enumValue(AgencyType.class, type, "type", true), jurisdiction,
                    blankToNull(nonEmergencyPhone), blankToNull(dispatchPhone), address);
            return problems.validated(agency, validator);
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Search agencies", description = "Paged and sorted in the database. Sort by name, type or"
            + " jurisdiction; prefix with - for descending.")
    public ListResult<AgencyView> list(@QueryParam("name") String name,
            @Parameter(description = "MUNICIPAL_POLICE, SHERIFF, STATE_POLICE, FEDERAL, CORRECTIONS, CAMPUS_TRANSIT"
                    + " or DISPATCH") @QueryParam("type") String type,
            @QueryParam("jurisdiction") String jurisdiction, @QueryParam("facilityId") Long facilityId,
            @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        AgencyFilter filter = new AgencyFilter(name, Inputs.enumValue(AgencyType.class, type, "type", false),
                jurisdiction, facilityId);
        boolean descending = sort.startsWith("-");
        PageRequest page = new PageRequest(offset, limit, descending ? sort.substring(1) : sort, !descending);
        return ListResult.of(agencies.search(filter, page), AgencyView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One agency", description = "404 when it does not exist or is outside your scope.")
    public Response get(@PathParam("id") long id) {
        Agency agency = agencies.find(id);
        return Versions.tagged(Response.ok(AgencyView.of(agency)), agency.getVersion()).build();
    }

    /** One line of an agency's history: an engagement, an agreement or a change to one of its contacts. */
    public record HistoryEntry(java.time.LocalDateTime at, String kind, String title, String detail) {
        static HistoryEntry of(AgencyTimeline.Entry e) {
            return new HistoryEntry(e.at(), e.kind(), e.title(), e.detail());
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{id}/history")
    @Operation(summary = "The agency's history, newest first", description = "Engagements and agreements of your"
            + " facilities with it, and changes to its contacts; kind is ENGAGEMENT, AGREEMENT or CONTACT.")
    public ListResult<HistoryEntry> history(@PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(timeline.of(id, PageRequest.of(offset, limit)), HistoryEntry::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Add an agency", description = "Managers name one of their facilities (facilityId), which"
            + " starts a relationship between the two.")
    public Response create(AgencyInput input) {
        AgencyInput body = required(input);
        Agency created = agencies.create(body.toAgency(validator), body.facilityId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(AgencyView.of(created)).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change an agency", description = "Send the version you read; a stale one answers 409.")
    public AgencyView update(@PathParam("id") long id, AgencyInput input, @HeaderParam("If-Match") String ifMatch) {
        AgencyInput body = required(input);
        Agency edited = body.toAgency(validator);
        edited.setId(id);
        edited.setVersion(Versions.required(body.version(), ifMatch));
        return AgencyView.of(agencies.update(edited));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an agency with its contacts", description = "Send the version as ?version= or"
            + " If-Match.")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        agencies.delete(id, Versions.required(version, ifMatch));
        return Response.noContent().build();
    }

    private static AgencyInput required(AgencyInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
