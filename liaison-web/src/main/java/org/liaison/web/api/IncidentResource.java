package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.feedback.Incident;
import org.liaison.domain.feedback.IncidentCategory;
import org.liaison.feedback.IncidentFilter;
import org.liaison.feedback.IncidentService;
import org.liaison.feedback.ResponseTimes;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Police-involved incidents, their response times and whether each needs a review")
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    public record IncidentView(Long id, long version, Long facilityId, String facilityName, Long agencyId,
            String agencyName, String location, LocalDateTime occurredAt, String category, Integer violenceType,
            LocalDateTime policeRequestedAt, LocalDateTime policeArrivedAt, LocalDateTime policeClearedAt,
            Long responseMinutes, Long onSceneMinutes, String respondingOfficers, String caseNumber, String summary,
            String outcome, String injuries, String recordedBy, boolean completed, boolean reviewRequired,
            String waiverReason) {
        static IncidentView of(Incident i) {
            return new IncidentView(i.getId(), i.getVersion(), i.getFacility().getId(), i.getFacility().getName(),
                    i.getAgency().getId(), i.getAgency().getName(), i.getLocation(), i.getOccurredAt(),
                    i.getCategory().name(), i.getViolenceType(), i.getPoliceRequestedAt(), i.getPoliceArrivedAt(),
                    i.getPoliceClearedAt(), i.getResponseMinutes(), i.getOnSceneMinutes(), i.getRespondingOfficers(),
                    i.getCaseNumber(), i.getSummary(), i.getOutcome(), i.getInjuries(), i.getRecordedBy(),
                    i.isCompleted(), !i.isReviewWaived(), i.getWaiverReason());
        }
    }

    /** Times as local date-times, e.g. 2026-11-27T14:05. */
    public record IncidentInput(Long facilityId, Long agencyId, String location, String occurredAt, String category,
            Integer violenceType, String policeRequestedAt, String policeArrivedAt, String policeClearedAt,
            String respondingOfficers, String caseNumber, String summary, String outcome, String injuries,
            Long version) {
        Incident toIncident(Validator validator, boolean recording) {
            Inputs.Collector parse = new Inputs.Collector();
            if (recording) {
                parse.required(facilityId, "facilityId", "Choose the facility where it happened.");
                parse.required(agencyId, "agencyId", "Choose the police agency that responded.");
            }
            Incident incident = new Incident();
            incident.setLocation(location);
            incident.setOccurredAt(dateTime(parse, occurredAt, "occurredAt"));
            incident.setCategory(parse.enumValue(IncidentCategory.class, category, "category", true));
            incident.setViolenceType(violenceType);
            incident.setPoliceRequestedAt(dateTime(parse, policeRequestedAt, "policeRequestedAt"));
            incident.setPoliceArrivedAt(dateTime(parse, policeArrivedAt, "policeArrivedAt"));
            incident.setPoliceClearedAt(dateTime(parse, policeClearedAt, "policeClearedAt"));
            incident.setRespondingOfficers(respondingOfficers);
            incident.setCaseNumber(caseNumber);
            incident.setSummary(summary);
            incident.setOutcome(outcome);
            incident.setInjuries(injuries);
            return parse.validated(incident, validator, "facility", "agency");
        }
    }

    public record WaiverInput(String reason, Long version) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Police-involved incidents in your scope, newest first", description = "Filter by facilityId,"
            + " agencyId, category, from/to (dates) and reviewState (NEEDS_REVIEW, REVIEWED, WAIVED).")
    public ListResult<IncidentView> list(@QueryParam("facilityId") Long facilityId,
            @QueryParam("agencyId") Long agencyId, @QueryParam("category") String category,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("reviewState") String reviewState,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        IncidentFilter filter = new IncidentFilter(facilityId, agencyId, Inputs.date(from, "from"),
                Inputs.date(to, "to"), Inputs.enumValue(IncidentCategory.class, category, "category", false),
                Inputs.enumValue(IncidentFilter.ReviewState.class, reviewState, "reviewState", false));
        return ListResult.of(incidents.search(filter, PageRequest.of(offset, limit)), IncidentView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("response-times")
    @Operation(summary = "Police response time by agency: median and 90th percentile in minutes",
            description = "Computed by the database over incidents since `from` (default: 12 months ago) in your"
                    + " scope; optionally for one facility or agency. Slowest 90th percentile first.")
    public ListResult<ResponseTimes> responseTimes(@QueryParam("from") String from,
            @QueryParam("facilityId") Long facilityId, @QueryParam("agencyId") Long agencyId) {
        LocalDate since = Inputs.dateOr(from, "from", LocalDate.now().minusMonths(12));
        List<ResponseTimes> times = incidents.responseTimes(since, facilityId, agencyId);
        return ListResult.all(times);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One incident")
    public Response get(@PathParam("id") long id) {
        Incident incident = incidents.find(id);
        return Versions.tagged(Response.ok(IncidentView.of(incident)), incident.getVersion()).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    @POST
    @Operation(summary = "Record an incident", description = "The short form from the shift: facilityId, agencyId,"
            + " location, occurredAt, category, summary, and the police times known so far.")
    public Response record(IncidentInput input) {
        IncidentInput body = required(input);
        Incident saved = incidents.record(body.toIncident(validator, true), body.facilityId(), body.agencyId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(IncidentView.of(saved)).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Complete or correct an incident (managers)", description = "Send every field and the version"
            + " you read; facility and agency stay as recorded.")
    public IncidentView complete(@PathParam("id") long id, IncidentInput input,
            @HeaderParam("If-Match") String ifMatch) {
        IncidentInput body = required(input);
        Incident edited = body.toIncident(validator, false);
        return IncidentView.of(incidents.complete(id, Versions.required(body.version(), ifMatch), edited));
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/review-waiver")
    @Operation(summary = "Waive the incident's review, with the reason (managers)")
    public IncidentView waive(@PathParam("id") long id, WaiverInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return IncidentView.of(incidents.waiveReview(id, Versions.required(input.version(), ifMatch), input.reason()));
    }

    private static LocalDateTime dateTime(Inputs.Collector parse, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(value.trim());
            if (at.getYear() < Inputs.FIRST_YEAR || at.getYear() > Inputs.LAST_YEAR) {
                parse.required(null, field, "Must be a time between " + Inputs.FIRST_YEAR + " and "
                        + Inputs.LAST_YEAR + ".");
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            parse.required(null, field, "Must be a date and time as YYYY-MM-DDTHH:MM.");
            return null;
        }
    }

    private static IncidentInput required(IncidentInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }
}
