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
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.calendar.CalendarEntry;
import org.liaison.calendar.CalendarIcs;
import org.liaison.calendar.CalendarZone;
import org.liaison.domain.account.Role;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingAttendee;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.domain.meeting.SeriesEdit;
import org.liaison.domain.shared.RichText;
import org.liaison.domain.shared.Tlp;
import org.liaison.meeting.MeetingFilter;
import org.liaison.meeting.MeetingPlan;
import org.liaison.meeting.MeetingService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Regular meetings with agencies: recurring series, minutes under a TLP label,"
        + " action items")
public class MeetingResource {

    static final String ICS = "text/calendar";

    @Inject
    MeetingService meetings;

    @Inject
    CalendarZone zone;

    @Context
    UriInfo uri;

    public record AgencyRef(Long id, String name) {
    }

    public record AttendeeView(Long id, Long userId, Long contactId, String name, boolean present) {
        static AttendeeView of(MeetingAttendee a) {
            return new AttendeeView(a.getId(), a.getUser() == null ? null : a.getUser().getId(),
                    a.getContact() == null ? null : a.getContact().getId(), a.getName(), a.isPresent());
        }
    }

    public record MeetingView(Long id, long version, Long facilityId, String facilityName, Long seriesId, String rrule,
            boolean detached, String title, String location, LocalDateTime startsAt, LocalDateTime endsAt,
            String status, String agenda, String tlp, List<AgencyRef> agencies, List<AttendeeView> attendees,
            LocalDateTime heldAt, String minutesApprovedBy, LocalDateTime minutesApprovedAt, String cancelReason) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.getId(), m.getVersion(), m.getFacility().getId(), m.getFacility().getName(),
                    m.getSeries() == null ? null : m.getSeries().getId(),
                    m.getSeries() == null ? null : m.getSeries().getRrule(), m.isDetached(), m.getTitle(),
                    m.getLocation(), m.getStartsAt(), m.getEndsAt(), m.getStatus().name(), m.getAgenda(),
                    m.getTlp().name(), m.getAgencies().stream().map(a -> new AgencyRef(a.getId(), a.getName()))
                            .sorted(Comparator.comparing(AgencyRef::name)).toList(),
                    m.getAttendees().stream().map(AttendeeView::of).toList(), m.getHeldAt(), m.getMinutesApprovedBy(),
                    m.getMinutesApprovedAt(), m.getCancelReason());
        }
    }

    /** A list row: no attendees. */
    public record MeetingRow(Long id, long version, Long facilityId, String facilityName, Long seriesId, String title,
            LocalDateTime startsAt, LocalDateTime endsAt, String status, String tlp, List<AgencyRef> agencies) {
        static MeetingRow of(Meeting m) {
            return new MeetingRow(m.getId(), m.getVersion(), m.getFacility().getId(), m.getFacility().getName(),
                    m.getSeries() == null ? null : m.getSeries().getId(), m.getTitle(), m.getStartsAt(), m.getEndsAt(),
                    m.getStatus().name(), m.getTlp().name(), m.getAgencies().stream()
                            .map(a -> new AgencyRef(a.getId(), a.getName()))
                            .sorted(Comparator.comparing(AgencyRef::name)).toList());
        }
    }

    public record MinutesView(Long meetingId, long version, String tlp, String tlpLabel, String decisions,
            String discussion, String status, String approvedBy, LocalDateTime approvedAt) {
        static MinutesView of(Meeting m) {
            return new MinutesView(m.getId(), m.getVersion(), m.getTlp().name(), m.getTlp().label(), m.getDecisions(),
                    m.getDiscussion(), m.getStatus().name(), m.getMinutesApprovedBy(), m.getMinutesApprovedAt());
        }
    }

    /**
     * A meeting to plan or the new terms of one. Times are local (the system's time zone) as YYYY-MM-DDTHH:MM. With
     * rrule (RFC 5545, e.g. FREQ=MONTHLY;BYDAY=2TU) a recurring series is planned.
     */
    public record MeetingInput(Long facilityId, String title, String location, String startsAt, String endsAt,
            String agenda, String tlp, List<Long> agencyIds, List<Long> staffIds, List<Long> contactIds, String rrule,
            Long version) {
    }

    public record MinutesInput(String tlp, String decisions, String discussion, Long version) {
    }

    public record HeldInput(List<Long> presentAttendeeIds, Long version) {
    }

    public record VersionInput(Long version) {
    }

    public record CancelInput(String reason, Long version) {
    }

    public record ScheduleInput(String startsAt, String endsAt, Long version) {
    }

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Meetings in your scope", description = "Newest first; upcoming planned ones (status=PLANNED"
            + " with from) soonest first. awaitingApproval=true lists held meetings whose minutes are not approved.")
    public ListResult<MeetingRow> list(@QueryParam("facilityId") Long facilityId, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("seriesId") Long seriesId,
            @QueryParam("awaitingApproval") @DefaultValue("false") boolean awaitingApproval,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        Inputs.Collector problems = new Inputs.Collector();
        MeetingStatus s = problems.enumValue(MeetingStatus.class, status, "status", false);
        MeetingFilter filter = new MeetingFilter(facilityId, s, problems.date(from, "from"), problems.date(to, "to"),
                seriesId, awaitingApproval);
        problems.throwIfAny();
        return ListResult.of(meetings.search(filter, PageRequest.of(offset, limit)), MeetingRow::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One meeting (without its minutes)", description = "404 when it does not exist or is outside"
            + " your scope.")
    public Response get(@PathParam("id") long id) {
        Meeting meeting = meetings.find(id);
        return Versions.tagged(Response.ok(MeetingView.of(meeting)), meeting.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}.ics")
    @Produces(ICS)
    @Operation(summary = "The meeting as an iCalendar file (RFC 5545)", description = "A title the minutes' TLP label"
            + " keeps from you is neutral.")
    @APIResponse(responseCode = "200", description = "text/calendar with one VEVENT and its VTIMEZONE")
    public Response ics(@PathParam("id") long id) {
        Meeting meeting = meetings.find(id);
        boolean admitted = meetings.mayReadMinutes(id);
        CalendarEntry entry = CalendarEntry.single("MEETING", meeting.getId(), "meeting-" + meeting.getId() + "@liaison",
                admitted ? meeting.getTitle() : meeting.getTlp().withheldMeetingTitle(), !admitted,
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.getLocation(),
                meeting.getAgenda() == null ? null : RichText.plain(meeting.getAgenda()),
                "/meetings/view?id=" + meeting.getId(), meeting.getFacility().getId(), meeting.getStatus().name(),
                false);
        return Response.ok(CalendarIcs.write("Liaison", List.of(entry), zone.zone(), appUrl()), ICS + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"").build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/minutes")
    @Operation(summary = "The meeting's minutes", description = "Their TLP label decides who reads them: RED the named"
            + " attendees, AMBER_STRICT the hospital's staff, AMBER also partners of the agencies present, GREEN and"
            + " CLEAR everyone. 404 for anyone else.")
    public Response minutes(@PathParam("id") long id) {
        Meeting meeting = meetings.minutes(id);
        return Versions.tagged(Response.ok(MinutesView.of(meeting)), meeting.getVersion()).build();
    }

    // ------------------------------------------------------------------ writing

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Plan a meeting, or with rrule a recurring series", description = "A series plans its"
            + " occurrences a year ahead and answers the first.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the (first) meeting")
    public Response plan(MeetingInput input) {
        MeetingPlan plan = plan(required(input), true);
        Meeting saved = meetings.plan(plan);
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(String.valueOf(saved.getId())).build())
                .entity(MeetingView.of(meetings.find(saved.getId()))).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a meeting", description = "scope: ONE (this meeting; the default), FOLLOWING (this and"
            + " the following occurrences of its series) or ALL (the whole series). Fields left out stay as they are"
            + " (an empty text clears one). For a series change the start gives the time of day; a new rrule replans"
            + " the occurrences to come.")
    public Response change(@PathParam("id") long id, MeetingInput input, @QueryParam("scope") String scope,
            @HeaderParam("If-Match") String ifMatch) {
        MeetingPlan plan = plan(required(input), false);
        SeriesEdit edit = Inputs.enumValue(SeriesEdit.class, scope, "scope", false);
        Meeting changed = meetings.change(id, Versions.required(input.version(), ifMatch), plan, edit);
        Meeting fresh = meetings.find(changed.getId());
        return Versions.tagged(Response.ok(MeetingView.of(fresh)), fresh.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}/schedule")
    @Operation(summary = "Move a planned meeting to another time", description = "An occurrence of a series becomes an"
            + " exception of it.")
    public MeetingView reschedule(@PathParam("id") long id, ScheduleInput input,
            @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector problems = new Inputs.Collector();
        LocalDateTime start = dateTime(input.startsAt(), "startsAt", problems);
        LocalDateTime end = dateTime(input.endsAt(), "endsAt", problems);
        problems.required(start, "startsAt", "Give the start as YYYY-MM-DDTHH:MM.");
        problems.required(end, "endsAt", "Give the end as YYYY-MM-DDTHH:MM.");
        problems.throwIfAny();
        meetings.reschedule(id, Versions.required(input.version(), ifMatch), start, end);
        return MeetingView.of(meetings.find(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}/minutes")
    @Operation(summary = "Write or correct the minutes of a held meeting", description = "tlp is CLEAR, GREEN, AMBER,"
            + " AMBER_STRICT or RED; decisions and discussion are HTML, sanitised (no script survives). 409 once the"
            + " minutes are approved.")
    public MinutesView writeMinutes(@PathParam("id") long id, MinutesInput input,
            @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Tlp tlp = Inputs.enumValue(Tlp.class, input.tlp(), "tlp", true);
        return MinutesView.of(meetings.writeMinutes(id, Versions.required(input.version(), ifMatch), tlp,
                input.decisions(), input.discussion()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/held")
    @Operation(summary = "Record that the meeting took place", description = "presentAttendeeIds names the attendees"
            + " who were there (omit it for everyone invited). Records an engagement with every agency present.")
    public MeetingView held(@PathParam("id") long id, HeldInput input, @HeaderParam("If-Match") String ifMatch) {
        HeldInput body = input == null ? new HeldInput(null, null) : input;
        return MeetingView.of(meetings.markHeld(id, Versions.required(body.version(), ifMatch),
                body.presentAttendeeIds() == null ? null : new HashSet<>(body.presentAttendeeIds())));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/approve-minutes")
    @Operation(summary = "Approve the minutes of a held meeting", description = "409 without minutes.")
    public MeetingView approve(@PathParam("id") long id, VersionInput input, @HeaderParam("If-Match") String ifMatch) {
        return MeetingView.of(meetings.move(id, Versions.required(input == null ? null : input.version(), ifMatch),
                MeetingService.Move.APPROVE_MINUTES));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a meeting whose minutes are approved")
    public MeetingView close(@PathParam("id") long id, VersionInput input, @HeaderParam("If-Match") String ifMatch) {
        return MeetingView.of(meetings.move(id, Versions.required(input == null ? null : input.version(), ifMatch),
                MeetingService.Move.CLOSE));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a planned meeting, with the reason")
    public MeetingView cancel(@PathParam("id") long id, CancelInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("reason", "Give the reason the meeting is cancelled.");
        }
        return MeetingView.of(meetings.cancel(id, Versions.required(input.version(), ifMatch), input.reason()));
    }

    // ------------------------------------------------------------------ helpers

    private String appUrl() {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/api/") ? base.substring(0, base.length() - 5) : base;
    }

    private static MeetingInput required(MeetingInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }

    private static MeetingPlan plan(MeetingInput input, boolean creating) {
        Inputs.Collector problems = new Inputs.Collector();
        LocalDateTime start = dateTime(input.startsAt(), "startsAt", problems);
        LocalDateTime end = dateTime(input.endsAt(), "endsAt", problems);
        Tlp tlp = problems.enumValue(Tlp.class, input.tlp(), "tlp", false);
        if (creating) {
            problems.required(input.facilityId(), "facilityId", "Choose the facility.");
            problems.required(start, "startsAt", "Give the start as YYYY-MM-DDTHH:MM.");
            problems.required(end, "endsAt", "Give the end as YYYY-MM-DDTHH:MM.");
            if (input.title() == null || input.title().isBlank()) {
                problems.required(null, "title", "Give the meeting a title.");
            }
            if (input.agencyIds() == null || input.agencyIds().isEmpty()) {
                problems.required(null, "agencyIds", "Name at least one agency.");
            }
        }
        problems.throwIfAny();
        return new MeetingPlan(input.facilityId(), input.title(), input.location(), start, end, input.agenda(), tlp,
                ids(input.agencyIds()), ids(input.staffIds()), ids(input.contactIds()), input.rrule());
    }

    static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    /** A local date and time as YYYY-MM-DDTHH:MM[:SS], within the years Inputs accepts. */
    static LocalDateTime dateTime(String value, String field, Inputs.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(value.trim());
            if (at.getYear() < Inputs.FIRST_YEAR || at.getYear() > Inputs.LAST_YEAR) {
                problems.required(null, field, "Must be between " + Inputs.FIRST_YEAR + " and " + Inputs.LAST_YEAR + ".");
                return null;
            }
            return at;
        } catch (java.time.format.DateTimeParseException e) {
            problems.required(null, field, "Must be a local date and time as YYYY-MM-DDTHH:MM.");
            return null;
        }
    }
}
