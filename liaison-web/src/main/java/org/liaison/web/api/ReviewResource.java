package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.FindingKind;
import org.liaison.domain.feedback.PoeteElement;
import org.liaison.domain.feedback.Rating;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.feedback.ReviewComment;
import org.liaison.domain.feedback.ReviewKind;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.domain.shared.Tlp;
import org.liaison.feedback.ActionFilter;
import org.liaison.feedback.CorrectiveActionService;
import org.liaison.feedback.ReviewFilter;
import org.liaison.feedback.ReviewRow;
import org.liaison.feedback.ReviewService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.web.api.CorrectiveActionResource.ActionView;

@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Incident debriefs and exercise after-action reviews (HSEEP AAR/IP)")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    CorrectiveActionService actions;

    @Context
    UriInfo uri;

    public record ReviewSummary(Long id, long version, String kind, String title, Long facilityId,
            String facilityName, LocalDate occurredOn, String status, String tlp, List<String> agencyNames,
            boolean repeatFinding, long actions, long openActions, long overdueActions) {
        static ReviewSummary of(ReviewRow row) {
            Review r = row.review();
            return new ReviewSummary(r.getId(), r.getVersion(), r.getKind().name(), r.getTitle(),
                    r.getFacility().getId(), r.getFacility().getName(), r.getOccurredOn(), r.getStatus().name(),
                    r.getTlp().name(), r.getAgencies().stream().map(Agency::getName).sorted().toList(),
                    row.repeat(), row.actions(), row.openActions(), row.overdueActions());
        }
    }

    public record FindingView(Long id, String kind, String capability, String rating, String text, boolean repeat) {
        static FindingView of(Finding f, Set<CoreCapability> repeated) {
            return new FindingView(f.getId(), f.getKind().name(), f.getCapability() == null ? null
                    : f.getCapability().name(), f.getRating() == null ? null : f.getRating().name(), f.getText(),
                    f.getKind() == FindingKind.AREA_FOR_IMPROVEMENT && repeated.contains(f.getCapability()));
        }
    }

    /** The agency's side: always marked with the agency and the partner who wrote it. */
    public record CommentView(Long id, String side, Long agencyId, String agencyName, String author, String authorName,
            String text, LocalDateTime writtenAt) {
        static CommentView of(ReviewComment c) {
            return new CommentView(c.getId(), "AGENCY", c.getAgency().getId(), c.getAgency().getName(), c.getAuthor(),
                    c.getAuthorName(), c.getText(), c.getWrittenAt());
        }
    }

    public record ReviewView(Long id, long version, String kind, String title, Long facilityId, String facilityName,
            Long incidentId, Long exerciseId, LocalDate occurredOn, String status, String tlp, List<Long> agencyIds,
            List<String> agencyNames, String overview, String objectives, String staffParticipants,
            String agencyParticipants, List<FindingView> findings, List<CommentView> comments,
            List<String> repeatCapabilities, LocalDate approvedOn, String approvedBy, Integer daysToApproval,
            LocalDate closedOn) {
        static ReviewView of(Review r, Set<CoreCapability> repeated) {
            return new ReviewView(r.getId(), r.getVersion(), r.getKind().name(), r.getTitle(), r.getFacility().getId(),
                    r.getFacility().getName(), r.getIncident() == null ? null : r.getIncident().getId(),
                    r.getExerciseId(), r.getOccurredOn(), r.getStatus().name(), r.getTlp().name(),
                    r.getAgencies().stream().map(Agency::getId).sorted().toList(),
                    r.getAgencies().stream().map(Agency::getName).sorted().toList(), r.getOverview(),
                    r.getObjectives(), r.getStaffParticipants(), r.getAgencyParticipants(),
                    r.getFindings().stream().map(f -> FindingView.of(f, repeated)).toList(),
                    r.getComments().stream().map(CommentView::of).toList(),
                    repeated.stream().map(Enum::name).sorted().toList(), r.getApprovedOn(), r.getApprovedBy(),
                    r.getDaysToApproval(), r.getClosedOn());
        }
    }

    public record OpenInput(Long incidentId) {
    }

    public record ReviewInput(String title, String overview, String objectives, String staffParticipants,
            String agencyParticipants, String tlp, Long version) {
    }

    public record FindingInput(String kind, String capability, String rating, String text) {
    }

    public record CommentInput(String text) {
    }

    /** START_DRAFT, REQUEST_AGENCY_INPUT, RETURN_TO_DRAFT, APPROVE, START_TRACKING, CLOSE. */
    public record MoveInput(String move, Long version) {
    }

    public record ActionInput(Long findingId, String issue, String action, String element,
            String responsibleOrganisation, Long responsibleAgencyId, String contactName, Long ownerId, String startOn,
            String dueOn) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Reviews in your scope, newest first", description = "Partners see the reviews shared with"
            + " their agency. Filter by facilityId, agencyId, status, kind, pending=true (not approved yet) and"
            + " repeat=true (with a repeat finding).")
    public ListResult<ReviewSummary> list(@QueryParam("facilityId") Long facilityId,
            @QueryParam("agencyId") Long agencyId, @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("pending") @DefaultValue("false") boolean pending,
            @QueryParam("repeat") @DefaultValue("false") boolean repeat,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        ReviewFilter filter = new ReviewFilter(facilityId, agencyId,
                Inputs.enumValue(ReviewStatus.class, status, "status", false),
                Inputs.enumValue(ReviewKind.class, kind, "kind", false), pending, repeat);
        return ListResult.of(reviews.search(filter, LocalDate.now(), PageRequest.of(offset, limit)),
                ReviewSummary::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One review with its findings, the agencies' comments and its repeat findings")
    public Response get(@PathParam("id") long id) {
        Review review = reviews.find(id);
        return Versions.tagged(Response.ok(ReviewView.of(review, reviews.repeatedCapabilities(id))),
                review.getVersion()).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Open the review an incident requires")
    public Response open(OpenInput input) {
        if (input == null || input.incidentId() == null) {
            throw InvalidInput.of("incidentId", "Name the incident to review.");
        }
        Review review = reviews.openForIncident(input.incidentId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(review.getId())).build())
                .entity(ReviewView.of(review, Set.of())).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change the review's text (before approval)", description = "Send the version you read.")
    public ReviewView update(@PathParam("id") long id, ReviewInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Review edited = new Review();
        edited.setTitle(input.title());
        edited.setOverview(input.overview());
        edited.setObjectives(input.objectives());
        edited.setStaffParticipants(input.staffParticipants());
        edited.setAgencyParticipants(input.agencyParticipants());
        edited.setTlp(Inputs.enumValue(Tlp.class, input.tlp(), "tlp", false));
        Review saved = reviews.update(id, Versions.required(input.version(), ifMatch), edited);
        return ReviewView.of(saved, reviews.repeatedCapabilities(id));
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move a review through its lifecycle", description = "Approval by a director or the"
            + " facility's manager; closing only when every corrective action is verified or deferred. An illegal"
            + " move answers 409.")
    public ReviewView move(@PathParam("id") long id, MoveInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        ReviewService.Move move = Inputs.enumValue(ReviewService.Move.class, input.move(), "move", true);
        Review review = reviews.move(id, Versions.required(input.version(), ifMatch), move, LocalDate.now());
        return ReviewView.of(review, reviews.repeatedCapabilities(id));
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    @POST
    @Path("{id}/findings")
    @Operation(summary = "Add a strength, area for improvement or observation (before approval)")
    public Response addFinding(@PathParam("id") long id, FindingInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector parse = new Inputs.Collector();
        FindingKind kind = parse.enumValue(FindingKind.class, input.kind(), "kind", true);
        CoreCapability capability = parse.enumValue(CoreCapability.class, input.capability(), "capability", false);
        Rating rating = parse.enumValue(Rating.class, input.rating(), "rating", false);
        parse.throwIfAny();
        Finding finding = reviews.addFinding(id, kind, capability, rating, input.text());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(finding.getId())).build())
                .entity(FindingView.of(finding, Set.of())).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @DELETE
    @Path("{id}/findings/{findingId}")
    @Operation(summary = "Remove a finding (before approval)", description = "A finding an action of the"
            + " improvement plan fixes stays (409).")
    public Response removeFinding(@PathParam("id") long id, @PathParam("findingId") long findingId) {
        reviews.removeFinding(id, findingId);
        return Response.noContent().build();
    }

    @RolesAllowed(Role.PARTNER_)
    @POST
    @Path("{id}/comments")
    @Operation(summary = "Add your agency's side (partners, while the review awaits agency input)")
    public Response comment(@PathParam("id") long id, CommentInput input) {
        ReviewComment comment = reviews.addComment(id, input == null ? null : input.text());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(comment.getId())).build())
                .entity(CommentView.of(comment)).build();
    }

    @RolesAllowed(Role.PARTNER_)
    @PUT
    @Path("{id}/comments/{commentId}")
    @Operation(summary = "Change your own comment (its author only, while the review awaits agency input)")
    public CommentView editComment(@PathParam("id") long id, @PathParam("commentId") long commentId,
            CommentInput input) {
        return CommentView.of(reviews.editComment(id, commentId, input == null ? null : input.text()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/aar.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The review as an After-Action Report / Improvement Plan (PDF, HSEEP shape, TLP-marked)")
    public Response aar(@PathParam("id") long id) {
        byte[] pdf = reviews.aarPdf(id);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"aar-ip-" + id + ".pdf\"").build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/corrective-actions")
    @Operation(summary = "The review's improvement plan, by due date")
    public ListResult<ActionView> plan(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        reviews.find(id);
        return ListResult.of(actions.search(ActionFilter.ofReview(id), LocalDate.now(), PageRequest.of(offset, limit)),
                ActionView::of);
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/corrective-actions")
    @Operation(summary = "Add a corrective action to the review's improvement plan", description = "responsible"
            + "Organisation is a hospital department, or leave it empty and name responsibleAgencyId.")
    public Response addAction(@PathParam("id") long id, ActionInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector parse = new Inputs.Collector();
        PoeteElement element = parse.enumValue(PoeteElement.class, input.element(), "element", true);
        LocalDate start = parse.date(input.startOn(), "startOn");
        LocalDate due = parse.date(input.dueOn(), "dueOn");
        parse.required(start, "startOn", "Enter the start date.");
        parse.required(due, "dueOn", "Enter the due date.");
        parse.throwIfAny();
        CorrectiveAction action = new CorrectiveAction(input.issue(), input.action(), element,
                input.responsibleOrganisation(), start, due);
        action.setContactName(input.contactName());
        CorrectiveAction saved = actions.plan(id, action, input.findingId(), input.responsibleAgencyId(),
                input.ownerId());
        return Response.created(uri.getBaseUriBuilder().path("corrective-actions").path(String.valueOf(saved.getId()))
                .build()).entity(ActionView.of(saved)).build();
    }
}
