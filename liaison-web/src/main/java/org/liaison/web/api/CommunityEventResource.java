package org.liaison.web.api;

import java.io.IOException;
import java.io.InputStream;
import jakarta.ws.rs.DELETE;
import org.liaison.domain.meeting.CommunityEventPhoto;
import org.liaison.domain.shared.StoredFile;
import org.liaison.platform.FileInfo;
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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.calendar.CalendarEntry;
import org.liaison.calendar.CalendarIcs;
import org.liaison.calendar.CalendarZone;
import org.liaison.domain.account.Role;
import org.liaison.domain.meeting.CommunityEvent;
import org.liaison.domain.meeting.CommunityEventKind;
import org.liaison.meeting.CommunityEventPlan;
import org.liaison.meeting.CommunityEventService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.web.api.MeetingResource.AgencyRef;

@Path("community-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Community events", description = "Events with law-enforcement participation; recording one records an"
        + " engagement with each agency")
public class CommunityEventResource {

    @Inject
    CommunityEventService events;

    @Inject
    CalendarZone zone;

    @Context
    UriInfo uri;

    public record EventView(Long id, long version, Long facilityId, String facilityName, String kind, String title,
            LocalDateTime startsAt, LocalDateTime endsAt, String location, String notes, BigDecimal staffHours,
            Integer publicAttendance, LocalDateTime recordedAt, List<AgencyRef> agencies) {
        static EventView of(CommunityEvent e) {
            return new EventView(e.getId(), e.getVersion(), e.getFacility().getId(), e.getFacility().getName(),
                    e.getKind().name(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), e.getLocation(), e.getNotes(),
                    e.getStaffHours(), e.getPublicAttendance(), e.getRecordedAt(), e.getAgencies().stream()
                            .map(a -> new AgencyRef(a.getId(), a.getName()))
                            .sorted(Comparator.comparing(AgencyRef::name)).toList());
        }
    }

    /** kind is NATIONAL_NIGHT_OUT, COFFEE_WITH_A_COP, SAFETY_FAIR, YOUTH_PROGRAM or OTHER; times local. */
    public record EventInput(Long facilityId, String kind, String title, String startsAt, String endsAt,
            String location, String notes, List<Long> agencyIds, List<Long> staffIds, Long version) {
    }

    /** staffHours: the staff's hours at the event, all together (whole hours). */
    public record RecordInput(Integer staffHours, Integer publicAttendance, String notes, Long version) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Community events in your scope, newest first")
    public ListResult<EventView> list(@QueryParam("facilityId") Long facilityId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        Inputs.Collector problems = new Inputs.Collector();
        var f = problems.date(from, "from");
        var t = problems.date(to, "to");
        problems.throwIfAny();
        return ListResult.of(events.search(facilityId, f, t, PageRequest.of(offset, limit)), EventView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One community event")
    public Response get(@PathParam("id") long id) {
        CommunityEvent event = events.find(id);
        return Versions.tagged(Response.ok(EventView.of(event)), event.getVersion()).build();
    }

    // ------------------------------------------------------------------ photos

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/photos")
    @Operation(summary = "The event's photos (without their bytes)")
    public ListResult<FileInfo> photos(@PathParam("id") long id) {
        return ListResult.all(events.photos(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/photos")
    @Consumes({"image/png", "image/jpeg", "application/octet-stream"})
    @Operation(summary = "Add a photo", description = "PNG or JPEG (checked by content: else 415), at most 10 MB"
            + " (else 413). Name it with the X-File-Name header; caption (query, optional) says what it shows.")
    public Response addPhoto(@PathParam("id") long id, InputStream body, @HeaderParam("X-File-Name") String fileName,
            @QueryParam("caption") String caption) throws IOException {
        CommunityEventPhoto photo = events.addPhoto(id, fileName, caption, Uploads.read(body));
        return Response.created(uri.getBaseUriBuilder().path("community-events").path(String.valueOf(id))
                .path("photos").path(String.valueOf(photo.getId())).build()).entity(info(photo)).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/png", "image/jpeg"})
    @Operation(summary = "One photo's bytes")
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        return Uploads.file(events.photo(id, photoId).getFile(), true);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @DELETE
    @Path("{id}/photos/{photoId}")
    @Operation(summary = "Remove a photo (audited)")
    public Response removePhoto(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        events.removePhoto(id, photoId);
        return Response.noContent().build();
    }

    private static FileInfo info(CommunityEventPhoto photo) {
        StoredFile f = photo.getFile();
        return new FileInfo(photo.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getSha256(),
                f.getUploadedBy(), f.getUploadedAt(), photo.getCaption());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}.ics")
    @Produces(MeetingResource.ICS)
    @Operation(summary = "The event as an iCalendar file (RFC 5545)")
    @APIResponse(responseCode = "200", description = "text/calendar with one VEVENT and its VTIMEZONE")
    public Response ics(@PathParam("id") long id) {
        CommunityEvent e = events.find(id);
        CalendarEntry entry = CalendarEntry.single("COMMUNITY_EVENT", e.getId(), "community-event-" + e.getId()
                + "@liaison", e.getTitle(), false, e.getStartsAt(), e.getEndsAt(), e.getLocation(), e.getNotes(),
                "/events/view?id=" + e.getId(), e.getFacility().getId(), e.isRecorded() ? "RECORDED" : "PLANNED", false);
        String base = uri.getBaseUri().toString();
        return Response.ok(CalendarIcs.write("Liaison", List.of(entry), zone.zone(),
                        base.endsWith("/api/") ? base.substring(0, base.length() - 5) : base),
                        MeetingResource.ICS + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"community-event-" + id + ".ics\"").build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Plan a community event")
    @APIResponse(responseCode = "201", description = "Planned; Location names it")
    public Response create(EventInput input) {
        CommunityEvent saved = events.create(plan(input, true));
        return Response.created(uri.getBaseUriBuilder().path("community-events").path(String.valueOf(saved.getId()))
                .build()).entity(EventView.of(events.find(saved.getId()))).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a community event", description = "Fields left out stay as they"
            + " are (an empty text clears one); agencyIds and staffIds, when given, replace the lists.")
    public EventView change(@PathParam("id") long id, EventInput input, @HeaderParam("If-Match") String ifMatch) {
        CommunityEventPlan plan = plan(input, false);
        events.change(id, Versions.required(input.version(), ifMatch), plan);
        return EventView.of(events.find(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/record")
    @Operation(summary = "Record that the event took place", description = "Staff hours and public attendance; records"
            + " an engagement with each agency. 409 before the event started or when already recorded.")
    public EventView record(@PathParam("id") long id, RecordInput input, @HeaderParam("If-Match") String ifMatch) {
        RecordInput body = input == null ? new RecordInput(null, null, null, null) : input;
        Inputs.bounded(body.staffHours(), 0, 9999, "staffHours");
        Inputs.bounded(body.publicAttendance(), 0, 1_000_000, "publicAttendance");
        events.record(id, Versions.required(body.version(), ifMatch),
                body.staffHours() == null ? null : BigDecimal.valueOf(body.staffHours()), body.publicAttendance(),
                body.notes());
        return EventView.of(events.find(id));
    }

    private static CommunityEventPlan plan(EventInput input, boolean creating) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector problems = new Inputs.Collector();
        CommunityEventKind kind = problems.enumValue(CommunityEventKind.class, input.kind(), "kind", creating);
        LocalDateTime start = MeetingResource.dateTime(input.startsAt(), "startsAt", problems);
        LocalDateTime end = MeetingResource.dateTime(input.endsAt(), "endsAt", problems);
        if (creating) {
            problems.required(input.facilityId(), "facilityId", "Choose the facility.");
            problems.required(start, "startsAt", "Give the start as YYYY-MM-DDTHH:MM.");
            problems.required(end, "endsAt", "Give the end as YYYY-MM-DDTHH:MM.");
            if (input.title() == null || input.title().isBlank()) {
                problems.required(null, "title", "Give the event a title.");
            }
            if (input.agencyIds() == null || input.agencyIds().isEmpty()) {
                problems.required(null, "agencyIds", "Name at least one agency.");
            }
        }
        problems.throwIfAny();
        return new CommunityEventPlan(input.facilityId(), kind, input.title(), start, end, input.location(),
                input.notes(), MeetingResource.ids(input.agencyIds()), MeetingResource.ids(input.staffIds()));
    }
}
