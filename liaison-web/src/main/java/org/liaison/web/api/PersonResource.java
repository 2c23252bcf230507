package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.platform.PageRequest;
import org.liaison.portal.PortalPeople;
import org.liaison.training.TrainingRecords;

/**
 * A hospital staff member's own page in the intranet portal, read by the portal's server (role PORTAL) for the person
 * signed in to the portal. Read-only; every read is audited against the person.
 */
@Path("people/{userName}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People (intranet portal)", description = "A staff member's action items and joint trainings, for the"
        + " intranet portal's server")
public class PersonResource {

    private static final String WHO = " The person is named by their user name as the portal knows it (the hospital"
            + " provider's, e.g. jdoe or jdoe@hospital.org, matched like single sign-on). Only enabled hospital staff"
            + " (director, manager, officer, auditor) are found; anyone else is not found. Each read is audited.";

    @Inject
    PortalPeople people;

    @RolesAllowed(Role.PORTAL_)
    @GET
    @Path("action-items")
    @Operation(summary = "A staff member's open action items", description = "Meeting action items (open, in"
            + " progress) and corrective actions of reviews (proposed, accepted, in progress) the person owns, the"
            + " soonest due first; kind is MEETING_ACTION_ITEM or CORRECTIVE_ACTION, source names the meeting or"
            + " review." + WHO)
    @APIResponse(responseCode = "200", description = "{\"items\": [...], \"total\": n}")
    @APIResponse(responseCode = "403", description = "Not the portal's server")
    @APIResponse(responseCode = "404", description = "No such staff member")
    public ListResult<PortalPeople.ActionItemRow> actionItems(@PathParam("userName") String userName,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(people.actionItems(userName, LocalDate.now(), PageRequest.of(offset, limit)), row -> row);
    }

    @RolesAllowed(Role.PORTAL_)
    @GET
    @Path("trainings")
    @Operation(summary = "A staff member's joint trainings", description = "Registrations (upcoming and past, with"
            + " their status), attended trainings with hours, hours this year." + WHO)
    @APIResponse(responseCode = "200", description = "The training record")
    @APIResponse(responseCode = "403", description = "Not the portal's server")
    @APIResponse(responseCode = "404", description = "No such staff member")
    public TrainingRecords.TrainingRecord trainings(@PathParam("userName") String userName) {
        return people.trainings(userName, LocalDate.now());
    }
}
