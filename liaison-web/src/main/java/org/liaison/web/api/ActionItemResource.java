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
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.ActionItemStatus;
import org.liaison.domain.meeting.DueDateChange;
import org.liaison.meeting.ActionItemDraft;
import org.liaison.meeting.ActionItemFilter;
import org.liaison.meeting.ActionItemService;
import org.liaison.meeting.CalendarReminders;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("action-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items", description = "Who does what by when: from meetings or on their own")
public class ActionItemResource {

    @Inject
    ActionItemService items;

    @Inject
    CalendarReminders reminders;

    @Context
    UriInfo uri;

    public record DueChangeView(LocalDate from, LocalDate to, String movedBy, String reason, LocalDateTime movedAt) {
        static DueChangeView of(DueDateChange c) {
            return new DueChangeView(c.getFromDueOn(), c.getToDueOn(), c.getMovedBy(), c.getReason(), c.getMovedAt());
        }
    }

    public record ActionItemView(Long id, long version, Long facilityId, String facilityName, Long meetingId,
            String meetingTitle, String title, String details, Long ownerUserId, Long ownerContactId, String ownerName,
            LocalDate dueOn, LocalDate originalDueOn, String status, boolean overdue, String verifiedBy,
            List<DueChangeView> dueChanges) {
        static ActionItemView of(ActionItem i) {
            return new ActionItemView(i.getId(), i.getVersion(), i.getFacility().getId(), i.getFacility().getName(),
                    i.getMeeting() == null ? null : i.getMeeting().getId(),
                    i.getMeeting() == null ? null : i.getMeeting().getTitle(), i.getTitle(), i.getDetails(),
                    i.getOwnerUser() == null ? null : i.getOwnerUser().getId(),
                    i.getOwnerContact() == null ? null : i.getOwnerContact().getId(), i.getOwnerName(), i.getDueOn(),
                    i.getOriginalDueOn(), i.getStatus().name(), i.isOverdue(LocalDate.now()), i.getVerifiedBy(), null);
        }

        static ActionItemView withHistory(ActionItem i) {
            ActionItemView v = of(i);
            return new ActionItemView(v.id, v.version, v.facilityId, v.facilityName, v.meetingId, v.meetingTitle,
                    v.title, v.details, v.ownerUserId, v.ownerContactId, v.ownerName, v.dueOn, v.originalDueOn, v.status,
                    v.overdue, v.verifiedBy, i.getDueDateChanges().stream().map(DueChangeView::of).toList());
        }
    }

    /** A new action item, or new terms (title, details, owner) of one; exactly one of ownerUserId, ownerContactId. */
    public record ActionItemInput(Long facilityId, Long meetingId, String title, String details, Long ownerUserId,
            Long ownerContactId, String dueOn, Long version) {
    }

    public record MoveInput(String move, Long version) {
    }

    public record DueInput(String dueOn, String reason, Long version) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Action items in your scope", description = "mine=true: your own. overdue=true: pending and"
            + " past due; open=true: open or in progress (both sorted by due date, overdue first).")
    public ListResult<ActionItemView> list(@QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("facilityId") Long facilityId, @QueryParam("meetingId") Long meetingId,
            @QueryParam("status") String status, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("open") @DefaultValue("false") boolean open,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        ActionItemStatus s = Inputs.enumValue(ActionItemStatus.class, status, "status", false);
        return ListResult.of(items.search(new ActionItemFilter(facilityId, meetingId, s, mine, overdue, open),
                LocalDate.now(), PageRequest.of(offset, limit)), ActionItemView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One action item with the history of its due date")
    public Response get(@PathParam("id") long id) {
        ActionItem item = items.find(id);
        return Versions.tagged(Response.ok(ActionItemView.withHistory(item)), item.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Add an action item", description = "From a meeting (meetingId) or on its own (facilityId);"
            + " owned by a staff member (ownerUserId) or a person of an agency (ownerContactId).")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    public Response create(ActionItemInput input) {
        ActionItemDraft draft = draft(input, true);
        ActionItem saved = items.create(draft);
        return Response.created(uri.getBaseUriBuilder().path("action-items").path(String.valueOf(saved.getId()))
                .build()).entity(ActionItemView.withHistory(items.find(saved.getId()))).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change an action item's title, details or owner", description = "Fields left out stay as"
            + " they are (an empty text clears one). The due date moves through POST /action-items/{id}/due.")
    public ActionItemView change(@PathParam("id") long id, ActionItemInput input,
            @HeaderParam("If-Match") String ifMatch) {
        ActionItemDraft draft = draft(input, false);
        items.change(id, Versions.required(input.version(), ifMatch), draft);
        return ActionItemView.withHistory(items.find(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_})
    @POST
    @Path("{id}/moves")
    @Operation(summary = "Move an action item along open → in progress → done → verified", description = "move is"
            + " START, COMPLETE (its owner or a manager), VERIFY or REOPEN (a manager). 409 for a move its status"
            + " does not allow.")
    public ActionItemView move(@PathParam("id") long id, MoveInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("move", "Required; one of START, COMPLETE, VERIFY, REOPEN.");
        }
        ActionItemService.Move move = Inputs.enumValue(ActionItemService.Move.class, input.move(), "move", true);
        items.move(id, Versions.required(input.version(), ifMatch), move);
        return ActionItemView.withHistory(items.find(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    @POST
    @Path("{id}/due")
    @Operation(summary = "Move the due date", description = "The original due date is kept, and the move recorded with"
            + " who moved it and why (reason is required).")
    public ActionItemView moveDue(@PathParam("id") long id, DueInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("dueOn", "Give the new due date.");
        }
        Inputs.Collector problems = new Inputs.Collector();
        LocalDate due = problems.date(input.dueOn(), "dueOn");
        problems.required(input.dueOn(), "dueOn", "Give the new due date as YYYY-MM-DD.");
        if (input.reason() == null || input.reason().isBlank()) {
            problems.required(null, "reason", "Say why the due date moves.");
        }
        problems.throwIfAny();
        items.moveDue(id, Versions.required(input.version(), ifMatch), due, input.reason());
        return ActionItemView.withHistory(items.find(id));
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("reminders-run")
    @Operation(summary = "Send the daily calendar reminders now (administrators)", description = "Owners of items due"
            + " within 3 days and of overdue ones, managers of minutes unapproved a week after the meeting; each"
            + " reminder is sent once, so a second run sends nothing new.")
    public CalendarReminders.Run runReminders(@QueryParam("date") String date) {
        LocalDate day = Inputs.dateOr(date, "date", LocalDate.now());
        return reminders.runNow(day);
    }

    private static ActionItemDraft draft(ActionItemInput input, boolean creating) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector problems = new Inputs.Collector();
        LocalDate due = problems.date(input.dueOn(), "dueOn");
        if (creating) {
            problems.required(input.dueOn(), "dueOn", "Give the due date as YYYY-MM-DD.");
            if (input.title() == null || input.title().isBlank()) {
                problems.required(null, "title", "Say what is to be done.");
            }
            if (input.facilityId() == null && input.meetingId() == null) {
                problems.required(null, "facilityId", "Choose the facility (or the meeting).");
            }
            if ((input.ownerUserId() == null) == (input.ownerContactId() == null)) {
                problems.required(null, "ownerUserId", "Choose one owner: a staff member or a person of an agency.");
            }
        }
        problems.throwIfAny();
        return new ActionItemDraft(input.facilityId(), input.meetingId(), input.title(), input.details(),
                input.ownerUserId(), input.ownerContactId(), due);
    }
}
