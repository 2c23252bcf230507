package org.liaison.web.api;

import java.io.IOException;
import java.io.InputStream;
import jakarta.ws.rs.DELETE;
import org.liaison.domain.shared.StoredFile;
import org.liaison.domain.training.ExerciseDocument;
import org.liaison.platform.FileInfo;
import org.liaison.training.ExerciseDocumentService;
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
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.ExerciseStatus;
import org.liaison.domain.training.HseepType;
import org.liaison.domain.training.MilestoneKind;
import org.liaison.domain.training.Registration;
import org.liaison.domain.training.Scenario;
import org.liaison.domain.training.TimeWindow;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.training.ExerciseFilter;
import org.liaison.training.ExercisePlan;
import org.liaison.training.ExerciseService;
import org.liaison.training.RegistrationService;
import org.liaison.training.ScheduleConflicts;
import org.liaison.training.SlotQuery;
import org.liaison.web.api.ExerciseViews.BlackoutView;
import org.liaison.web.api.ExerciseViews.ConflictView;
import org.liaison.web.api.ExerciseViews.ExerciseSummary;
import org.liaison.web.api.ExerciseViews.ExerciseView;
import org.liaison.web.api.ExerciseViews.RegistrationView;
import org.liaison.web.api.ExerciseViews.SlotView;

@Path("exercises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "Joint training exercises with law enforcement (HSEEP): scheduling without"
        + " collisions, registrations on both sides, attendance")
public class ExerciseResource {

    @Inject
    ExerciseService exercises;

    @Inject
    RegistrationService registrations;

    @Inject
    ExerciseDocumentService documents;

    @Context
    UriInfo uri;

    /** agencies: [{agencyId, pointOfContactId}]; milestones: {CONCEPT_AND_OBJECTIVES: "2026-10-01", ...}. */
    public record ExerciseInput(String title, String type, String scenario, String objectives,
            List<String> coreCapabilities, Long facilityId, String location, String startsAt, String endsAt,
            List<AgencyInput> agencies, Long leadPlannerId, Integer staffCapacity, Integer agencyCapacity,
            Boolean countsTowardCms, Boolean communityBased, Map<String, String> milestones, String overrideReason,
            Long version) {
    }

    public record AgencyInput(Long agencyId, Long pointOfContactId) {
    }

    public record MoveInput(String move, String reason, String overrideReason, Long version) {
    }

    public record RegistrationInput(Long userId, Long contactId) {
    }

    public record RegistrationMoveInput(String move, Long version) {
    }

    public record MarkInput(Long registrationId, Boolean present) {
    }

    public record AttendanceInput(List<MarkInput> marks) {
    }

    public record BlackoutInput(Long agencyId, String firstDay, String lastDay, String reason) {
    }

    // ------------------------------------------------------------------ exercises

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Exercises in your scope", description = "Staff see their facilities' exercises, a partner"
            + " those their agency takes part in. Filter by facilityId, agencyId, status, type, from/to (start day),"
            + " upcoming=true, heldSince (held on or after), withPolice, openToMyAgency=true (partners: upcoming with"
            + " free places on the agency side).")
    public ListResult<ExerciseSummary> list(@QueryParam("facilityId") Long facilityId,
            @QueryParam("agencyId") Long agencyId, @QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("upcoming") @DefaultValue("false") boolean upcoming, @QueryParam("heldSince") String heldSince,
            @QueryParam("withPolice") Boolean withPolice,
            @QueryParam("openToMyAgency") @DefaultValue("false") boolean openToMyAgency,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        ExerciseFilter filter = new ExerciseFilter(facilityId, agencyId,
                Inputs.enumValue(ExerciseStatus.class, status, "status", false),
                Inputs.enumValue(HseepType.class, type, "type", false), Inputs.date(from, "from"),
                Inputs.date(to, "to"), upcoming, Inputs.date(heldSince, "heldSince"), withPolice, openToMyAgency);
        return ListResult.of(exercises.search(filter, PageRequest.of(offset, limit)), ExerciseSummary::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One exercise")
    public Response get(@PathParam("id") long id) {
        Exercise exercise = exercises.find(id);
        return Versions.tagged(Response.ok(ExerciseView.of(exercise)), exercise.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Propose an exercise", description = "A time and place that collides (same location, an"
            + " agency's blackout days) answers 409 with each conflict in `errors` (field = LOCATION, PARTICIPANT or"
            + " BLACKOUT); send overrideReason to go ahead anyway (recorded and audited).")
    public Response create(ExerciseInput input) {
        ExerciseInput body = required(input);
        Parsed parsed = parse(body);
        try {
            Exercise saved = exercises.propose(parsed.exercise(), parsed.plan());
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                    .entity(ExerciseView.of(saved)).build();
        } catch (ScheduleConflicts conflicts) {
            return conflictProblem(conflicts);
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change an exercise: terms, time, place, agencies, milestones",
            description = "Send the version you read. Moving it checks conflicts again (409, or overrideReason).")
    public Response update(@PathParam("id") long id, ExerciseInput input, @HeaderParam("If-Match") String ifMatch) {
        ExerciseInput body = required(input);
        long version = Versions.required(body.version(), ifMatch);
        Parsed parsed = parse(body);
        try {
            Exercise saved = exercises.revise(id, version, parsed.exercise(), parsed.plan());
            return Versions.tagged(Response.ok(ExerciseView.of(saved)), saved.getVersion()).build();
        } catch (ScheduleConflicts conflicts) {
            return conflictProblem(conflicts);
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move an exercise through its lifecycle", description = "START_PLANNING, SCHEDULE, CONDUCT"
            + " (records an engagement per agency and opens the after-action review), START_AFTER_ACTION, CLOSE,"
            + " CANCEL (with reason). An illegal move answers 409. SCHEDULE checks conflicts again: 409 naming each"
            + " conflict (LOCATION, PARTICIPANT, BLACKOUT) unless overrideReason is sent (recorded and audited).")
    public Response move(@PathParam("id") long id, MoveInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        ExerciseService.Move move = Inputs.enumValue(ExerciseService.Move.class, input.move(), "move", true);
        try {
            Exercise moved = exercises.move(id, Versions.required(input.version(), ifMatch), move, LocalDate.now(),
                    input.reason(), input.overrideReason());
            return Versions.tagged(Response.ok(ExerciseView.of(moved)), moved.getVersion()).build();
        } catch (ScheduleConflicts conflicts) {
            return conflictProblem(conflicts);
        }
    }

    // ------------------------------------------------------------------ documents

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/documents")
    @Operation(summary = "The exercise's documents (without their bytes)")
    public ListResult<FileInfo> documents(@PathParam("id") long id) {
        return ListResult.all(documents.list(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/octet-stream"})
    @Operation(summary = "Attach a document", description = "PDF, PNG or JPEG (checked by content: else 415), at most"
            + " 10 MB (else 413). Name it with the X-File-Name header. Audited.")
    public Response attach(@PathParam("id") long id, InputStream body, @HeaderParam("X-File-Name") String fileName)
            throws IOException {
        ExerciseDocument d = documents.attach(id, fileName, Uploads.read(body));
        StoredFile f = d.getFile();
        return Response.created(uri.getBaseUriBuilder().path("exercises").path(String.valueOf(id)).path("documents")
                .path(String.valueOf(d.getId())).build()).entity(new FileInfo(d.getId(), f.getFileName(),
                f.getContentType(), f.getSizeBytes(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt())).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "Download one document")
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return Uploads.file(documents.find(id, documentId).getFile(), false);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @DELETE
    @Path("{id}/documents/{documentId}")
    @Operation(summary = "Remove a document (audited)")
    public Response removeDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        documents.remove(id, documentId);
        return Response.noContent().build();
    }

    // ------------------------------------------------------------------ scheduling help

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @GET
    @Path("conflicts")
    @Operation(summary = "Check a proposed slot for conflicts", description = "Same location overlapping in time, a"
            + " registered participant of exerciseId double-booked, an agency's blackout days. Nothing is saved.")
    public ListResult<ConflictView> conflicts(@QueryParam("facilityId") Long facilityId,
            @QueryParam("location") String location, @QueryParam("startsAt") String startsAt,
            @QueryParam("endsAt") String endsAt, @QueryParam("agencyIds") List<Long> agencyIds,
            @QueryParam("exerciseId") Long exerciseId) {
        Inputs.Collector errors = new Inputs.Collector();
        errors.required(facilityId, "facilityId", "Choose the facility.");
        if (location == null || location.isBlank()) {
            errors.required(null, "location", "Enter the room or site.");
        }
        LocalDateTime start = dateTime(startsAt, "startsAt", errors);
        LocalDateTime end = dateTime(endsAt, "endsAt", errors);
        errors.throwIfAny();
        TimeWindow window = window(start, end);
        return ListResult.all(exercises.conflicts(facilityId, location, window, ids(agencyIds), exerciseId).stream()
                .map(ConflictView::of).toList());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @GET
    @Path("free-slots")
    @Operation(summary = "Suggest free slots", description = "For a location, a duration and the agencies that must"
            + " be free, the earliest free window of each day between from and to (at most 180 days), between 08:00"
            + " and 18:00. exerciseId: an exercise being moved (its own time does not count as busy).")
    public ListResult<SlotView> freeSlots(@QueryParam("facilityId") Long facilityId,
            @QueryParam("location") String location, @QueryParam("durationMinutes") Integer durationMinutes,
            @QueryParam("agencyIds") List<Long> agencyIds, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("exerciseId") Long exerciseId,
            @QueryParam("limit") @DefaultValue("5") int limit) {
        Inputs.Collector errors = new Inputs.Collector();
        errors.required(facilityId, "facilityId", "Choose the facility.");
        errors.required(durationMinutes, "durationMinutes", "Give the duration in minutes.");
        LocalDate fromDay = errors.date(from, "from");
        LocalDate toDay = errors.date(to, "to");
        errors.throwIfAny();
        LocalDate first = fromDay == null ? LocalDate.now() : fromDay;
        LocalDate last = toDay == null ? first.plusDays(30) : toDay;
        SlotQuery query = new SlotQuery(facilityId, location, durationMinutes, ids(agencyIds), first, last, exerciseId,
                Math.max(1, Math.min(limit, 20)));
        return ListResult.all(exercises.freeSlots(query, LocalDateTime.now()).stream().map(SlotView::of).toList());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("blackouts")
    @Operation(summary = "Agencies' blackout days from today on", description = "Days an agency cannot take part in"
            + " exercises; optionally of one agency.")
    public ListResult<BlackoutView> blackouts(@QueryParam("agencyId") Long agencyId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(exercises.blackouts(agencyId, LocalDate.now(), PageRequest.of(offset, limit)),
                BlackoutView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.PARTNER_})
    @POST
    @Path("blackouts")
    @Operation(summary = "Declare an agency's blackout days", description = "Managers for the agencies they work"
            + " with; a partner for their own agency.")
    public Response declareBlackout(BlackoutInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector errors = new Inputs.Collector();
        errors.required(input.agencyId(), "agencyId", "Choose the agency.");
        LocalDate first = errors.date(input.firstDay(), "firstDay");
        LocalDate last = errors.date(input.lastDay(), "lastDay");
        errors.throwIfAny();
        return Response.status(201).entity(BlackoutView.of(exercises.declareBlackout(input.agencyId(), first, last,
                input.reason()))).build();
    }

    // ------------------------------------------------------------------ registrations and attendance

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/registrations")
    @Operation(summary = "An exercise's registrations", description = "Both sides for staff; a partner sees their own"
            + " agency's people only. Places first, then the waitlist in order.")
    public ListResult<RegistrationView> registrations(@PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return ListResult.of(registrations.list(id, false, PageRequest.of(offset, limit)), RegistrationView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_})
    @POST
    @Path("{id}/registrations")
    @Operation(summary = "Register someone", description = "{\"userId\": n} (staff; omit it to register yourself) or"
            + " {\"contactId\": n} (a person of a participating agency: managers, or a partner for their own agency)."
            + " Beyond the side's capacity the registration is waitlisted.")
    public Response register(@PathParam("id") long id, RegistrationInput input) {
        RegistrationInput body = input == null ? new RegistrationInput(null, null) : input;
        Registration saved = body.contactId() != null ? registrations.registerAgencyPerson(id, body.contactId())
                : registrations.registerStaff(id, body.userId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(RegistrationView.of(saved)).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/registrations/{registrationId}")
    @Operation(summary = "One registration")
    public Response registration(@PathParam("id") long id, @PathParam("registrationId") long registrationId) {
        Registration registration = registrations.find(id, registrationId);
        return Versions.tagged(Response.ok(RegistrationView.of(registration)), registration.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_})
    @POST
    @Path("{id}/registrations/{registrationId}/transitions")
    @Operation(summary = "Confirm or cancel a registration", description = "CONFIRM or CANCEL; a cancelled place goes"
            + " to the first on the waitlist.")
    public RegistrationView moveRegistration(@PathParam("id") long id,
            @PathParam("registrationId") long registrationId, RegistrationMoveInput input,
            @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        RegistrationService.Move move = Inputs.enumValue(RegistrationService.Move.class, input.move(), "move", true);
        return RegistrationView.of(registrations.move(id, registrationId, Versions.required(input.version(), ifMatch),
                move));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{id}/attendance")
    @Operation(summary = "The roster: everyone holding a place, with their attendance")
    public ListResult<RegistrationView> roster(@PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("200") int limit) {
        return ListResult.of(registrations.list(id, true, PageRequest.of(offset, limit)), RegistrationView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "Take attendance", description = "{\"marks\": [{\"registrationId\": n, \"present\": true}]};"
            + " present people are credited the exercise's hours. On the day of the exercise or after.")
    public ListResult<RegistrationView> takeAttendance(@PathParam("id") long id, AttendanceInput input) {
        if (input == null || input.marks() == null) {
            throw InvalidInput.of("marks", "List the marks: registrationId and present.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < input.marks().size(); i++) {
            MarkInput mark = input.marks().get(i);
            if (mark == null || mark.registrationId() == null) {
                errors.put("marks[" + i + "].registrationId", "Required.");
            } else if (mark.present() == null) {
                errors.put("marks[" + i + "].present", "Required: true or false.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return ListResult.all(registrations.attendance(id, input.marks().stream()
                .map(m -> new RegistrationService.Mark(m.registrationId(), m.present())).toList(), LocalDate.now())
                .stream().map(RegistrationView::of).toList());
    }

    // ------------------------------------------------------------------ helpers

    private record Parsed(Exercise exercise, ExercisePlan plan) {
    }

    private static Parsed parse(ExerciseInput body) {
        Inputs.Collector errors = new Inputs.Collector();
        HseepType type = errors.enumValue(HseepType.class, body.type(), "type", true);
        Scenario scenario = errors.enumValue(Scenario.class, body.scenario(), "scenario", true);
        Set<CoreCapability> capabilities = EnumSet.noneOf(CoreCapability.class);
        if (body.coreCapabilities() != null) {
            body.coreCapabilities().forEach(c -> {
                CoreCapability capability = errors.enumValue(CoreCapability.class, c, "coreCapabilities", true);
                if (capability != null) {
                    capabilities.add(capability);
                }
            });
        }
        errors.required(body.facilityId(), "facilityId", "Choose the facility.");
        if (body.location() == null || body.location().isBlank()) {
            errors.required(null, "location", "Enter the room or site.");
        }
        LocalDateTime start = dateTime(body.startsAt(), "startsAt", errors);
        LocalDateTime end = dateTime(body.endsAt(), "endsAt", errors);
        Map<MilestoneKind, LocalDate> milestones = null;
        if (body.milestones() != null) {
            milestones = new EnumMap<>(MilestoneKind.class);
            for (Map.Entry<String, String> m : body.milestones().entrySet()) {
                MilestoneKind kind = errors.enumValue(MilestoneKind.class, m.getKey(), "milestones", true);
                LocalDate day = errors.date(m.getValue(), "milestones");
                if (kind != null && day != null) {
                    milestones.put(kind, day);
                }
            }
        }
        Map<Long, Long> agencies = new LinkedHashMap<>();
        if (body.agencies() != null) {
            for (AgencyInput a : body.agencies()) {
                errors.required(a == null ? null : a.agencyId(), "agencies", "Each agency needs its agencyId.");
                if (a != null && a.agencyId() != null) {
                    agencies.put(a.agencyId(), a.pointOfContactId());
                }
            }
        }
        errors.throwIfAny();
        TimeWindow window = window(start, end);
        Exercise exercise = new Exercise(body.title(), type, scenario, null, body.location(), window);
        exercise.setObjectives(body.objectives());
        exercise.setCoreCapabilities(capabilities);
        exercise.setCapacity(body.staffCapacity() == null ? 20 : body.staffCapacity(),
                body.agencyCapacity() == null ? 10 : body.agencyCapacity());
        exercise.setCountsTowardCms(body.countsTowardCms() == null || body.countsTowardCms());
        exercise.setCommunityBased(Boolean.TRUE.equals(body.communityBased()));
        return new Parsed(exercise, new ExercisePlan(body.facilityId(), body.location(), window, agencies,
                body.leadPlannerId(), milestones, body.overrideReason()));
    }

    private static TimeWindow window(LocalDateTime start, LocalDateTime end) {
        TimeWindow window = new TimeWindow(start, end);
        if (start.getYear() < Inputs.FIRST_YEAR || end.getYear() > Inputs.LAST_YEAR) {
            throw InvalidInput.of("startsAt", "Must be between " + Inputs.FIRST_YEAR + " and " + Inputs.LAST_YEAR + ".");
        }
        return window;
    }

    private static LocalDateTime dateTime(String value, String field, Inputs.Collector errors) {
        if (value == null || value.isBlank()) {
            errors.required(null, field, "Required, as YYYY-MM-DDTHH:MM.");
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.required(null, field, "Must be a date and time as YYYY-MM-DDTHH:MM.");
            return null;
        }
    }

    private static Response conflictProblem(ScheduleConflicts conflicts) {
        return Problem.response(new Problem("about:blank", "Schedule conflict", 409, conflicts.getMessage(),
                conflicts.getConflicts().stream().map(c -> new Problem.FieldError(c.kind().name(), c.message()))
                        .toList()));
    }

    private static ExerciseInput required(ExerciseInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }

    private static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }
}
