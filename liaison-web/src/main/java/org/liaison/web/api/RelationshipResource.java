package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.relationship.Health;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;
import org.liaison.domain.relationship.RelationshipStatus;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.relationship.BoardFilter;
import org.liaison.relationship.RelationshipBoard;
import org.liaison.relationship.RelationshipRow;
import org.liaison.relationship.RelationshipService;
import org.liaison.relationship.WhoToCall;

@Path("relationships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationships", description = "Facility–agency relationships, their health and direct lines")
public class RelationshipResource {

    @Inject
    RelationshipBoard board;

    @Inject
    RelationshipService relationships;

    @Inject
    WhoToCall whoToCall;

    public record RelationshipView(Long id, long version, Long facilityId, String facilityName, Long agencyId,
            String agencyName, String agencyType, String role, int cadenceDays, String status, Long ownerId,
            String ownerName, LocalDate startedOn, LocalDate lastEngagement, LocalDate nextPlannedEngagement,
            Integer daysSinceLastEngagement, String health, Long primaryContactId, String primaryContactName,
            String primaryContactPhone, boolean activeAgreement, LocalDate agreementExpiresOn) {
        static RelationshipView of(RelationshipRow r) {
            return new RelationshipView(r.id(), r.version(), r.facilityId(), r.facilityName(), r.agencyId(),
                    r.agencyName(), r.agencyType().name(), r.role().name(), r.cadenceDays(), r.status().name(),
                    r.ownerId(), r.ownerName(), r.startedOn(), r.lastEngagement(), r.nextPlannedEngagement(),
                    r.daysSinceLastEngagement(), r.health().name(), r.primaryContactId(), r.primaryContactName(),
                    r.primaryContactPhone(), r.hasActiveAgreement(), r.agreementExpiresOn());
        }
    }

    public record RelationshipInput(String role, Integer cadenceDays, String status, Long ownerId, String notes,
            Long primaryContactId, Long backupContactId, Long version) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "The relationships board", description = "Every relationship in your scope with its derived"
            + " health (WITHIN_CADENCE, DUE past 80 % of the cadence, LAPSED past it; counted from the last engagement,"
            + " or from the relationship's start when there has been none), days since the last engagement,"
            + " next planned engagement, primary contact and agreement in force; worst first.")
    public ListResult<RelationshipView> list(@QueryParam("facilityId") Long facilityId,
            @QueryParam("agencyId") Long agencyId, @QueryParam("agencyType") String agencyType,
            @QueryParam("health") String health, @QueryParam("ownerId") Long ownerId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        BoardFilter filter = new BoardFilter(facilityId, Inputs.enumValue(AgencyType.class, agencyType, "agencyType",
                false), Inputs.enumValue(Health.class, health, "health", false), ownerId, agencyId);
        return ListResult.of(board.board(filter, LocalDate.now(), PageRequest.of(offset, limit)), RelationshipView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One relationship, as on the board")
    public Response get(@PathParam("id") long id) {
        RelationshipView view = view(id);
        return Versions.tagged(Response.ok(view), view.version()).build();
    }

    private RelationshipView view(long id) {
        Relationship r = relationships.find(id);
        return board.row(r.getFacility().getId(), r.getAgency().getId(), LocalDate.now()).map(RelationshipView::of)
                .orElseThrow(() -> new org.liaison.platform.RecordNotFound("Relationship", id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change role, cadence, status, owner and direct lines", description = "Send the version you"
            + " read; a stale one answers 409.")
    public RelationshipView update(@PathParam("id") long id, RelationshipInput input,
            @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        RelationshipService.RelationshipTerms terms = new RelationshipService.RelationshipTerms(
                Inputs.enumValue(RelationshipRole.class, input.role(), "role", true),
                input.cadenceDays() == null ? 0 : input.cadenceDays(),
                Inputs.enumValue(RelationshipStatus.class, input.status(), "status", false), input.ownerId(),
                input.notes(), input.primaryContactId(), input.backupContactId());
        relationships.update(id, Versions.required(input.version(), ifMatch), terms);
        return view(id);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_, Role.PORTAL_})
    @GET
    @Path("who-to-call")
    @Operation(summary = "Direct lines for a facility", description = "Each active agency's dispatch and"
            + " non-emergency numbers with its primary and backup contacts, primary agencies first. Name the facility"
            + " by facilityId, or by facility (its code, e.g. RGH, or its id) as the portal's widget link does. The"
            + " intranet portal's server reads it with a bearer token of role PORTAL.")
    public ListResult<WhoToCall.Card> whoToCall(@QueryParam("facilityId") Long facilityId,
            @QueryParam("facility") String facility) {
        Long id = facilityId != null || facility == null ? facilityId : whoToCall.facility(facility).getId();
        return ListResult.all(whoToCall.forFacility(id));
    }

    /** A facility's relationship counts, as the portal shows them on a hospital's page. */
    public record FacilitySummary(Long facilityId, String facilityCode, String facilityName, long activeRelationships,
            long withinCadence, long due, long lapsed, long percentWithinCadence, long primaryContacts,
            long primaryContactsVerified, long percentPrimaryContactsVerified, long withAgreementInForce,
            long agreementsExpiringWithin90Days, long agreementsExpired) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_, Role.PORTAL_})
    @GET
    @Path("summary")
    @Operation(summary = "A facility's board summary", description = "Active relationships within cadence, due and"
            + " lapsed; primary contacts verified in the last 180 days; agreements in force, expiring within 90 days"
            + " and expired. Name the facility by its code (e.g. RGH) or id; one outside your scope is not found.")
    public FacilitySummary summary(@QueryParam("facility") String facility) {
        org.liaison.domain.facility.Facility f = whoToCall.facility(facility);
        RelationshipBoard.Summary s = board.facilitySummary(f.getId(), LocalDate.now());
        return new FacilitySummary(f.getId(), f.getCode(), f.getName(), s.activeRelationships(), s.withinCadence(),
                s.due(), s.lapsed(), s.percentWithinCadence(), s.primaryContacts(), s.primaryContactsVerified(),
                s.percentPrimaryContactsVerified(), s.withAgreementInForce(), s.agreementsExpiringWithin90Days(),
                s.agreementsExpired());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("contact-sheet")
    @Produces("application/pdf")
    @Operation(summary = "Printable contact sheet (ICS 205A shape, PDF)", description = "Marked sensitive on every"
            + " page; each download is audited.")
    public Response contactSheet(@QueryParam("facilityId") Long facilityId) {
        return Response.ok(whoToCall.contactSheet(facilityId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"contact-sheet-ics205a.pdf\"").build();
    }
}
