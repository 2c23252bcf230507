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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.engagement.EngagementService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("engagements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagements", description = "The engagement log: every touchpoint resets the relationship's clock")
public class EngagementResource {

    @Inject
    EngagementService engagements;

    @Context
    UriInfo uri;

    public record EngagementView(Long id, long version, Long facilityId, String facilityName, Long agencyId,
            String agencyName, String kind, LocalDate occurredOn, String summary, String recordedBy) {
        static EngagementView of(Engagement e) {
            return new EngagementView(e.getId(), e.getVersion(), e.getFacility().getId(), e.getFacility().getName(),
                    e.getAgency().getId(), e.getAgency().getName(), e.getKind().name(), e.getOccurredOn(),
                    e.getSummary(), e.getRecordedBy());
        }
    }

    public record EngagementInput(Long facilityId, Long agencyId, String kind, String occurredOn, String summary,
            List<Long> contactIds) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Engagements in your scope, newest first")
    public ListResult<EngagementView> list(@QueryParam("facilityId") Long facilityId,
            @QueryParam("agencyId") Long agencyId, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(engagements.search(facilityId, agencyId, PageRequest.of(offset, limit)),
                EngagementView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One engagement", description = "404 when it does not exist or its facility is outside your"
            + " scope.")
    public Response get(@PathParam("id") long id) {
        Engagement engagement = engagements.find(id);
        return Versions.tagged(Response.ok(EngagementView.of(engagement)), engagement.getVersion()).build();
    }

    /** A correction: kind, occurredOn and summary as they should have been recorded, with the version you read. */
    public record CorrectionInput(String kind, String occurredOn, String summary, Long version) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Correct an engagement", description = "Officers correct what they recorded; managers any"
            + " engagement in their scope. Send the version you read (field or If-Match); a stale one answers 409.")
    public EngagementView correct(@PathParam("id") long id, CorrectionInput input,
            @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector problems = new Inputs.Collector();
        EngagementKind kind = problems.enumValue(EngagementKind.class, input.kind(), "kind", true);
        LocalDate on = problems.date(input.occurredOn(), "occurredOn");
        problems.required(input.occurredOn(), "occurredOn", "The date it happened, as YYYY-MM-DD.");
        problems.throwIfAny();
        return EngagementView.of(engagements.correct(id, Versions.required(input.version(), ifMatch), kind, on,
                input.summary()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    @POST
    @Operation(summary = "Log an engagement", description = "kind is CALL, VISIT, MEETING, COMMUNITY_EVENT, EXERCISE"
            + " or OTHER; occurredOn defaults to today.")
    public Response log(EngagementInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        LocalDate on = Inputs.dateOr(input.occurredOn(), "occurredOn", LocalDate.now());
        Engagement engagement = new Engagement(null, null,
                Inputs.enumValue(EngagementKind.class, input.kind(), "kind", true), on, input.summary());
        Engagement saved = engagements.log(engagement, input.facilityId(), input.agencyId(),
                input.contactIds() == null ? Set.of() : Set.copyOf(input.contactIds()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(EngagementView.of(saved)).build();
    }

}
