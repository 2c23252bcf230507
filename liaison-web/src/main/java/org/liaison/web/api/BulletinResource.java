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
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.Bulletin;
import org.liaison.domain.sharing.BulletinAttachment;
import org.liaison.domain.sharing.BulletinCategory;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.shared.Tlp;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.sharing.AckRate;
import org.liaison.sharing.AttachmentInfo;
import org.liaison.sharing.BulletinDraft;
import org.liaison.sharing.BulletinFilter;
import org.liaison.sharing.BulletinRow;
import org.liaison.sharing.BulletinService;
import org.liaison.sharing.RecipientRow;

@Path("bulletins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins", description = "Information shared with agencies and staff under TLP 2.0 labels, with"
        + " acknowledgements. A bulletin you may not read answers 404.")
public class BulletinResource {

    @Inject
    BulletinService bulletins;

    @Context
    UriInfo uri;

    public record BulletinView(Long id, long version, String title, String body, String category, String tlp,
            String tlpLabel, String direction, String status, List<Long> facilityIds, List<String> facilityNames,
            Long sourceAgencyId, List<Long> agencyIds, List<Long> audienceFacilityIds, List<String> roles,
            List<Long> personIds, boolean everyone, LocalDate validUntil, boolean acknowledgementRequired,
            LocalDate acknowledgementDeadline, boolean patientInformation, int versionNumber, String author,
            LocalDateTime publishedAt, String withdrawnReason) {
        static BulletinView of(Bulletin b) {
            return new BulletinView(b.getId(), b.getVersion(), b.getTitle(), b.getBody(), name(b.getCategory()),
                    name(b.getTlp()), b.getTlp() == null ? null : b.getTlp().label(), name(b.getDirection()),
                    b.getStatus().name(), b.getFacilities().stream().map(Facility::getId).sorted().toList(),
                    b.getFacilities().stream().map(Facility::getName).sorted().toList(),
                    b.getSourceAgency() == null ? null : b.getSourceAgency().getId(),
                    b.getAudienceAgencies().stream().map(Agency::getId).sorted().toList(),
                    b.getAudienceFacilities().stream().map(Facility::getId).sorted().toList(),
                    b.getAudienceRoles().stream().map(Enum::name).sorted().toList(),
                    b.getNamedPeople().stream().map(UserAccount::getId).sorted().toList(), b.isAudienceEveryone(),
                    b.getValidUntil(), b.isAcknowledgementRequired(), b.getAcknowledgementDeadline(),
                    b.isPatientInformation(), b.getVersionNumber(), b.getAuthor().getDisplayName(),
                    b.getPublishedAt(), b.getWithdrawnReason());
        }
    }

    public record BulletinListView(Long id, long version, String title, String category, String tlp, String direction,
            String status, LocalDateTime publishedAt, LocalDate validUntil, boolean acknowledgementRequired,
            LocalDate acknowledgementDeadline, int versionNumber, long recipients, long acknowledged,
            Integer acknowledgementRate) {
        static BulletinListView of(BulletinRow r) {
            return new BulletinListView(r.id(), r.version(), r.title(), r.category().name(), r.tlp().name(),
                    r.direction().name(), r.status().name(), r.publishedAt(), r.validUntil(),
                    r.acknowledgementRequired(), r.acknowledgementDeadline(), r.versionNumber(), r.recipients(),
                    r.acknowledged(), r.ratePercent());
        }
    }

    /** A draft or an update; direction OUTBOUND (default) or INTERNAL; partners send INBOUND via POST /inbound. */
    public record BulletinInput(String title, String body, String category, String tlp, String direction,
            List<Long> facilityIds, List<Long> agencyIds, List<Long> audienceFacilityIds, List<String> roles,
            List<Long> personIds, Boolean everyone, String validUntil, Boolean acknowledgementRequired,
            String acknowledgementDeadline, Boolean patientInformation, String changeNote, Long version) {
        BulletinDraft toDraft() {
            Inputs.Collector in = new Inputs.Collector();
            BulletinCategory c = in.enumValue(BulletinCategory.class, category, "category", true);
            Tlp t = in.enumValue(Tlp.class, tlp, "tlp", true);
            BulletinDirection d = in.enumValue(BulletinDirection.class, direction, "direction", false);
            LocalDate until = in.date(validUntil, "validUntil");
            LocalDate deadline = in.date(acknowledgementDeadline, "acknowledgementDeadline");
            Set<Role> r = EnumSet.noneOf(Role.class);
            if (roles != null) {
                roles.forEach(x -> {
                    Role role = in.enumValue(Role.class, x, "roles", true);
                    if (role != null) {
                        r.add(role);
                    }
                });
            }
            in.throwIfAny();
            return new BulletinDraft(title, body, c, t, d, ids(facilityIds), ids(agencyIds), ids(audienceFacilityIds),
                    r, ids(personIds), Boolean.TRUE.equals(everyone), until, Boolean.TRUE.equals(acknowledgementRequired),
                    deadline, Boolean.TRUE.equals(patientInformation));
        }
    }

    /** A lifecycle move: PUBLISH, APPROVE_PRIVACY, WITHDRAW (reason), ACCEPT (tlp, audienceFacilityIds, roles), DECLINE (reason). */
    public record MoveInput(String move, String reason, String tlp, List<Long> audienceFacilityIds, List<String> roles,
            Long version) {
    }

    public enum Move { PUBLISH, APPROVE_PRIVACY, WITHDRAW, ACCEPT, DECLINE }

    public record FollowUpInput(Long recipientId, String note) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Bulletins you may read", description = "Filter by status, tlp, direction, category,"
            + " facilityId, q (title), toAcknowledge=true (yours or your agency's to acknowledge) or pastDeadline=true"
            + " (unacknowledged after the deadline). Each row carries its acknowledgement rate.")
    public ListResult<BulletinListView> list(@QueryParam("status") String status, @QueryParam("tlp") String tlp,
            @QueryParam("direction") String direction, @QueryParam("category") String category,
            @QueryParam("facilityId") Long facilityId, @QueryParam("q") String text,
            @QueryParam("toAcknowledge") boolean toAcknowledge, @QueryParam("pastDeadline") boolean pastDeadline,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        Inputs.Collector in = new Inputs.Collector();
        BulletinFilter filter = new BulletinFilter(in.enumValue(BulletinStatus.class, status, "status", false),
                in.enumValue(Tlp.class, tlp, "tlp", false),
                in.enumValue(BulletinDirection.class, direction, "direction", false),
                in.enumValue(BulletinCategory.class, category, "category", false), facilityId, text, toAcknowledge,
                pastDeadline);
        in.throwIfAny();
        return ListResult.of(bulletins.search(filter, LocalDate.now(), PageRequest.of(offset, limit)),
                BulletinListView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One bulletin", description = "Reading it as a recipient marks your delivery opened.")
    public Response get(@PathParam("id") long id) {
        Bulletin b = bulletins.open(id);
        return Versions.tagged(Response.ok(BulletinView.of(b)), b.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every published version, newest first, each naming the fields it changed")
    public ListResult<BulletinService.VersionView> versions(@PathParam("id") long id) {
        return ListResult.all(bulletins.versions(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Draft a bulletin", description = "The audience is checked against the label on publish.")
    public Response create(BulletinInput input) {
        Bulletin saved = bulletins.create(required(input).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(BulletinView.of(saved)).build();
    }

    @RolesAllowed(Role.PARTNER_)
    @POST
    @Path("inbound")
    @Operation(summary = "Send the hospital your agency's concern (partners)", description = "It waits for a"
            + " manager's triage. facilityIds: the hospitals it concerns, among those working with your agency.")
    public Response inbound(BulletinInput input) {
        BulletinInput body = required(input);
        BulletinInput inbound = new BulletinInput(body.title(), body.body(), body.category(), body.tlp(), null,
                body.facilityIds(), null, null, null, null, false, body.validUntil(), false, null,
                body.patientInformation(), null, null);
        Bulletin saved = bulletins.submitInbound(inbound.toDraft());
        return Response.created(uri.getBaseUriBuilder().path("bulletins").path(String.valueOf(saved.getId())).build())
                .entity(BulletinView.of(saved)).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft, or publish a new version of a published bulletin",
            description = "Send the version you read. On a published bulletin this is an update: every version is"
                    + " kept and recipients see what changed (changeNote says why).")
    public BulletinView update(@PathParam("id") long id, BulletinInput input, @HeaderParam("If-Match") String ifMatch) {
        BulletinInput body = required(input);
        long version = Versions.required(body.version(), ifMatch);
        BulletinDraft draft = body.toDraft();
        Bulletin current = bulletins.find(id);
        return BulletinView.of(current.getStatus().isLive() ? bulletins.revise(id, version, draft, body.changeNote())
                : bulletins.updateDraft(id, version, draft));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move a bulletin through its lifecycle", description = "PUBLISH (a draft; to privacy review"
            + " when it carries patient information; refused when the audience is wider than the label allows),"
            + " APPROVE_PRIVACY (directors), WITHDRAW with reason, ACCEPT or DECLINE an inbound bulletin in triage.")
    public BulletinView move(@PathParam("id") long id, MoveInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Move move = Inputs.enumValue(Move.class, input.move(), "move", true);
        long version = Versions.required(input.version(), ifMatch);
        return BulletinView.of(switch (move) {
            case PUBLISH -> bulletins.publish(id, version);
            case APPROVE_PRIVACY -> bulletins.approvePrivacy(id, version);
            case WITHDRAW -> bulletins.withdraw(id, version, input.reason());
            case DECLINE -> bulletins.declineInbound(id, version, input.reason());
            case ACCEPT -> {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                if (input.roles() != null) {
                    input.roles().forEach(r -> roles.add(Inputs.enumValue(Role.class, r, "roles", true)));
                }
                yield bulletins.acceptInbound(id, version, Inputs.enumValue(Tlp.class, input.tlp(), "tlp", false),
                        ids(input.audienceFacilityIds()), roles);
            }
        });
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("{id}/acknowledgements")
    @Operation(summary = "The bulletin's recipients and their progress", description = "delivered, opened,"
            + " acknowledged; overdue=true lists those not acknowledged after the deadline, to follow up.")
    public ListResult<RecipientRow> acknowledgements(@PathParam("id") long id, @QueryParam("overdue") boolean overdue,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(bulletins.recipients(id, overdue, LocalDate.now(), PageRequest.of(offset, limit)),
                r -> r);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge the bulletin, for yourself or for your agency", description = "One action;"
            + " 409 when it is not addressed to you or already acknowledged.")
    public BulletinView acknowledge(@PathParam("id") long id) {
        return BulletinView.of(bulletins.acknowledge(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/follow-ups")
    @Operation(summary = "Log the follow-up call to an agency that has not acknowledged after the deadline",
            description = "Recorded as an engagement (a call) with that agency.")
    public Response followUp(@PathParam("id") long id, FollowUpInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        var call = bulletins.followUp(id, input.recipientId(), input.note());
        return Response.created(uri.getBaseUriBuilder().path("engagements").path(String.valueOf(call.getId()))
                .build()).entity(new EngagementRef(call.getId(), call.getOccurredOn(), call.getSummary())).build();
    }

    public record EngagementRef(Long id, LocalDate occurredOn, String summary) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("rates")
    @Operation(summary = "Acknowledgement rate by TLP label and facility (bulletins asking for acknowledgement)")
    public ListResult<RateView> rates() {
        return ListResult.all(bulletins.rateByLabelAndFacility().stream().map(RateView::of).toList());
    }

    public record RateView(String tlp, Long facilityId, String facilityName, long recipients, long acknowledged,
            int percent) {
        static RateView of(AckRate r) {
            return new RateView(r.tlp().name(), r.facilityId(), r.facilityName(), r.recipients(), r.acknowledged(),
                    r.percent());
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The bulletin's attachments")
    public ListResult<AttachmentInfo> attachments(@PathParam("id") long id) {
        return ListResult.all(bulletins.attachments(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.PARTNER_})
    @POST
    @Path("{id}/attachments")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "application/octet-stream"})
    @Operation(summary = "Attach a file", description = "PDF, PNG or JPEG (checked by content: else 415), at most"
            + " 10 MB (else 413). Name it with the X-File-Name header.")
    public Response attach(@PathParam("id") long id, InputStream body, @HeaderParam("X-File-Name") String fileName)
            throws IOException {
        BulletinAttachment a = bulletins.attach(id, fileName, Uploads.read(body));
        return Response.status(201).entity(new AttachmentInfo(a.getId(), a.getFileName(), a.getContentType(),
                a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt())).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "Download one attachment")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        BulletinAttachment a = bulletins.attachment(id, attachmentId);
        return Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", "attachment; filename=\"" + a.getFileName() + "\"").build();
    }

    private static BulletinInput required(BulletinInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }

    private static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : new HashSet<>(ids);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
