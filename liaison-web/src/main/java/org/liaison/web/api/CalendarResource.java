package org.liaison.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.calendar.CalendarEntry;
import org.liaison.calendar.CalendarIcs;
import org.liaison.calendar.CalendarService;
import org.liaison.calendar.CalendarZone;
import org.liaison.domain.account.Role;

@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Meetings, community events and exercises in one calendar; personal iCalendar"
        + " feeds")
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @Inject
    CalendarZone zone;

    @Context
    UriInfo uri;

    /** A personal feed: its address (only right after it is made) and since when it exists. */
    public record FeedView(boolean active, LocalDateTime since, String url) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Your calendar for a range", description = "from and to as YYYY-MM-DDTHH:MM (to exclusive, at"
            + " most 400 days later); kind (repeatable) MEETING, COMMUNITY_EVENT, EXERCISE; one entry per occurrence."
            + " Titles a TLP label keeps from you are neutral (restricted=true).")
    public ListResult<CalendarEntry> range(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("facilityId") Long facilityId, @QueryParam("kind") List<String> kinds) {
        Inputs.Collector problems = new Inputs.Collector();
        LocalDateTime start = MeetingResource.dateTime(from, "from", problems);
        LocalDateTime end = MeetingResource.dateTime(to, "to", problems);
        problems.required(start, "from", "Give the start of the range as YYYY-MM-DDTHH:MM.");
        problems.required(end, "to", "Give the end of the range as YYYY-MM-DDTHH:MM.");
        problems.throwIfAny();
        return ListResult.all(calendar.range(start, end, facilityId, kinds == null ? Set.of() : Set.copyOf(kinds)));
    }

    @PermitAll
    @GET
    @Path("feed/{token}.ics")
    @Produces(MeetingResource.ICS)
    @Operation(summary = "A personal calendar feed (for calendar clients; no sign-in)", description = "What the feed's"
            + " owner may see, a year back and two ahead; recurring series as RRULE, times with VTIMEZONE; titles a"
            + " TLP label keeps from the owner are neutral. A revoked or renewed token answers 404.")
    @APIResponse(responseCode = "200", description = "text/calendar")
    public Response feed(@PathParam("token") String token) {
        CalendarService.Feed feed = calendar.feed(token);
        return Response.ok(CalendarIcs.write("Liaison · " + feed.ownerName(), feed.entries(), zone.zone(), appUrl()),
                MeetingResource.ICS + "; charset=utf-8").header("Cache-Control", "private, max-age=900").build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("my-feed")
    @Operation(summary = "Whether you have a personal feed", description = "Its address is shown only when it is made.")
    public FeedView myFeed() {
        return calendar.myFeedSince().map(since -> new FeedView(true, since, null))
                .orElse(new FeedView(false, null, null));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @POST
    @Path("my-feed")
    @Operation(summary = "Make (or renew) your personal feed", description = "Answers its new address once; the"
            + " previous address stops working.")
    @APIResponse(responseCode = "201", description = "The feed's address in url")
    public Response renew() {
        String url = feedUrl(calendar.renewFeed());
        return Response.status(201).entity(new FeedView(true, LocalDateTime.now(), url)).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @DELETE
    @Path("my-feed")
    @Operation(summary = "Revoke your personal feed", description = "Its address answers 404 from now on.")
    @APIResponse(responseCode = "204", description = "Revoked (or there was none)")
    public Response revoke() {
        calendar.revokeFeed();
        return Response.noContent().build();
    }

    private String feedUrl(String token) {
        return uri.getBaseUriBuilder().path("calendar").path("feed").path(token + ".ics").build().toString();
    }

    private String appUrl() {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/api/") ? base.substring(0, base.length() - 5) : base;
    }

}
