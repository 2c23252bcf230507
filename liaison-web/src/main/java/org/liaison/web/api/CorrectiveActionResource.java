package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.feedback.ActionStatus;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.feedback.ActionFilter;
import org.liaison.feedback.CorrectiveActionService;
import org.liaison.feedback.FeedbackReminders;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("corrective-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Corrective actions", description = "The improvement plans of reviews: who fixes what by when")
public class CorrectiveActionResource {

    @Inject
    CorrectiveActionService actions;

    @Inject
    FeedbackReminders reminders;

    public record ActionView(Long id, long version, Long reviewId, String reviewTitle, Long facilityId,
            String capability, String issue, String action, String element, String responsibleOrganisation,
            Long responsibleAgencyId, String contactName, Long ownerId, String ownerName, LocalDate startOn,
            LocalDate dueOn, LocalDate originalDueOn, String dueMoveReason, String status, String statusReason,
            boolean overdue, LocalDate completedOn, LocalDate verifiedOn, String verifiedBy) {
        static ActionView of(CorrectiveAction a) {
            LocalDate today = LocalDate.now();
            return new ActionView(a.getId(), a.getVersion(), a.getReview().getId(), a.getReview().getTitle(),
                    a.getReview().getFacility().getId(), a.getCapability() == null ? null : a.getCapability().name(),
                    a.getIssue(), a.getAction(), a.getElement().name(), a.getResponsibleOrganisation(),
                    a.getResponsibleAgency() == null ? null : a.getResponsibleAgency().getId(), a.getContactName(),
                    a.getOwner() == null ? null : a.getOwner().getId(),
                    a.getOwner() == null ? null : a.getOwner().getDisplayName(), a.getStartOn(), a.getDueOn(),
                    a.getOriginalDueOn(), a.getDueMoveReason(), a.getStatus().name(), a.getStatusReason(),
                    a.isOverdue(today), a.getCompletedOn(), a.getVerifiedOn(), a.getVerifiedBy());
        }
    }

    /** ACCEPT, START, COMPLETE, VERIFY, DEFER (with reason), REJECT (with reason). */
    public record MoveInput(String move, String reason, Long version) {
    }

    public record DueDateInput(String dueOn, String reason, Long version) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Corrective actions in your scope, by due date", description = "Filter by facilityId,"
            + " reviewId, agencyId (responsible), status, progress (OPEN, OVERDUE, ON_TIME = done by the original due"
            + " date, LATE) and mine=true (actions you own).")
    public ListResult<ActionView> list(@QueryParam("facilityId") Long facilityId, @QueryParam("reviewId") Long reviewId,
            @QueryParam("agencyId") Long agencyId, @QueryParam("status") String status,
            @QueryParam("progress") String progress, @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        ActionFilter filter = new ActionFilter(facilityId, reviewId, agencyId,
                Inputs.enumValue(ActionStatus.class, status, "status", false),
                Inputs.enumValue(ActionFilter.Progress.class, progress, "progress", false), mine);
        return ListResult.of(actions.search(filter, LocalDate.now(), PageRequest.of(offset, limit)), ActionView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One corrective action")
    public Response get(@PathParam("id") long id) {
        CorrectiveAction action = actions.find(id);
        return Versions.tagged(Response.ok(ActionView.of(action)), action.getVersion()).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move an action through its lifecycle", description = "Owners start and complete their"
            + " actions; managers and directors accept, verify, defer or reject (the last two with a reason). An"
            + " illegal move answers 409.")
    public ActionView move(@PathParam("id") long id, MoveInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        CorrectiveActionService.Move move = Inputs.enumValue(CorrectiveActionService.Move.class, input.move(), "move",
                true);
        return ActionView.of(actions.move(id, Versions.required(input.version(), ifMatch), move, input.reason(),
                LocalDate.now()));
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/due-date")
    @Operation(summary = "Move the due date, with the reason", description = "The original due date is kept; the"
            + " move is in the audit trail.")
    public ActionView moveDue(@PathParam("id") long id, DueDateInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        LocalDate due = Inputs.date(input.dueOn(), "dueOn");
        return ActionView.of(actions.moveDue(id, Versions.required(input.version(), ifMatch), due, input.reason()));
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("reminder-run")
    @Operation(summary = "Send today's feedback reminders now (administrators)", description = "The daily job's work:"
            + " owners of actions due within 7 days or overdue, managers of reviews in draft 14 days after the"
            + " incident. Running it twice on one day reminds nobody the second time.")
    public FeedbackReminders.Run runReminders() {
        return reminders.runNow(LocalDate.now());
    }
}
