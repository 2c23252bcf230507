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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.agreement.AgreementCalendar;
import org.liaison.agreement.AgreementFilter;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.DocumentInfo;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.agreement.AgreementDocument;
import org.liaison.domain.agreement.AgreementStatus;
import org.liaison.domain.agreement.AgreementPeriod;
import org.liaison.domain.agreement.AgreementType;
import org.liaison.domain.agreement.ClauseTag;
import org.liaison.domain.facility.Facility;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "MOUs, MOAs, mutual aid, extra-duty and data-sharing agreements")
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @Inject
    AgreementCalendar calendar;

    @Context
    UriInfo uri;

    public record AgreementView(Long id, long version, String title, String type, String status,
            List<Long> facilityIds, List<Long> agencyIds, List<String> agencyNames, LocalDate effectiveOn,
            LocalDate expiresOn, int noticeDays, boolean inNoticeWindow, List<String> clauses, String summary,
            LocalDate signedOn, String terminationReason, Long ownerId) {
        static AgreementView of(Agreement g) {
            return new AgreementView(g.getId(), g.getVersion(), g.getTitle(), g.getType().name(), g.getStatus().name(),
                    g.getFacilities().stream().map(Facility::getId).sorted().toList(),
                    g.getAgencies().stream().map(Agency::getId).sorted().toList(),
                    g.getAgencies().stream().map(Agency::getName).sorted().toList(), g.getEffectiveOn(),
                    g.getExpiresOn(), g.getNoticeDays(), g.isInForce() && g.isInNoticeWindow(LocalDate.now()),
                    g.getClauses().stream().map(Enum::name).sorted().toList(), g.getSummary(), g.getSignedOn(),
                    g.getTerminationReason(), g.getOwnerId());
        }
    }

    public record AgreementInput(String title, String type, List<Long> facilityIds, List<Long> agencyIds,
            String effectiveOn, String expiresOn, Integer noticeDays, List<String> clauses, String summary,
            Long ownerId, Long version) {
        Agreement toAgreement() {
            AgreementType agreementType = Inputs.enumValue(AgreementType.class, type, "type", true);
            AgreementPeriod period = new AgreementPeriod(Inputs.date(effectiveOn, "effectiveOn"),
                    Inputs.date(expiresOn, "expiresOn"));
            Agreement g = new Agreement(title, agreementType, period, noticeDays == null ? 90 : noticeDays);
            Set<ClauseTag> tags = EnumSet.noneOf(ClauseTag.class);
            if (clauses != null) {
                clauses.forEach(c -> tags.add(Inputs.enumValue(ClauseTag.class, c, "clauses", true)));
            }
            g.setClauses(tags);
            g.setSummary(summary);
            return g;
        }
    }

    /** A lifecycle move: SUBMIT, RETURN_TO_DRAFT, SIGN, ACTIVATE, RENEW (with newExpiresOn), TERMINATE (with reason). */
    public record MoveInput(String move, String newExpiresOn, String reason, Long version) {
    }

    public record CalendarRun(LocalDate date, int changed) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Agreements in your scope", description = "Filter by facilityId, agencyId, status or"
            + " expiringWithinDays (in force and expiring within that many days); ordered by expiry.")
    public ListResult<AgreementView> list(@QueryParam("facilityId") Long facilityId,
            @QueryParam("agencyId") Long agencyId, @QueryParam("status") String status,
            @QueryParam("expiringWithinDays") Integer expiringWithinDays,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        AgreementFilter filter = new AgreementFilter(facilityId, agencyId,
                Inputs.enumValue(AgreementStatus.class, status, "status", false),
                Inputs.bounded(expiringWithinDays, 0, 3650, "expiringWithinDays"));
        return ListResult.of(agreements.search(filter, LocalDate.now(), PageRequest.of(offset, limit)),
                AgreementView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One agreement")
    public Response get(@PathParam("id") long id) {
        Agreement agreement = agreements.find(id);
        return Versions.tagged(Response.ok(AgreementView.of(agreement)), agreement.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Draft an agreement")
    public Response create(AgreementInput input) {
        AgreementInput body = required(input);
        Agreement saved = agreements.create(body.toAgreement(), ids(body.facilityIds()), ids(body.agencyIds()),
                body.ownerId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(AgreementView.of(saved)).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change an agreement's terms and parties", description = "Send the version you read;"
            + " an ownerId hands the agreement to another staff member of its facilities, none keeps its owner.")
    public AgreementView update(@PathParam("id") long id, AgreementInput input, @HeaderParam("If-Match") String ifMatch) {
        AgreementInput body = required(input);
        return AgreementView.of(agreements.updateTerms(id, Versions.required(body.version(), ifMatch),
                body.toAgreement(), ids(body.facilityIds()), ids(body.agencyIds()), body.ownerId()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move an agreement through its lifecycle", description = "An illegal move answers 409.")
    public AgreementView move(@PathParam("id") long id, MoveInput input, @HeaderParam("If-Match") String ifMatch) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        AgreementService.Move move = Inputs.enumValue(AgreementService.Move.class, input.move(), "move", true);
        return AgreementView.of(agreements.move(id, Versions.required(input.version(), ifMatch), move, LocalDate.now(),
                Inputs.date(input.newExpiresOn(), "newExpiresOn"), input.reason()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/documents")
    @Operation(summary = "The agreement's document versions, newest first")
    public ListResult<DocumentInfo> documents(@PathParam("id") long id) {
        return ListResult.all(agreements.documents(id));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/documents")
    @Consumes("application/pdf")
    @Operation(summary = "Upload a new version of the signed document", description = "PDF only (checked by content),"
            + " at most 10 MB. Name it with the X-File-Name header.")
    public Response upload(@PathParam("id") long id, java.io.InputStream body,
            @HeaderParam("X-File-Name") String fileName) throws java.io.IOException {
        AgreementDocument document = agreements.attach(id, fileName, Uploads.read(body));
        return Response.status(201).entity(new DocumentInfo(document.getId(), document.getVersionNumber(),
                document.getFileName(), document.getSizeBytes(), document.getSha256(), document.getUploadedBy(),
                document.getUploadedAt())).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces("application/pdf")
    @Operation(summary = "Download one document version")
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        AgreementDocument document = agreements.document(id, documentId);
        return Response.ok(document.getContent(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.getFileName() + "\"").build();
    }

    @RolesAllowed(Role.ADMIN_)
    @POST
    @Path("calendar-run")
    @Operation(summary = "Run the daily agreement check now (administrators)", description = "Marks expiring and"
            + " expired agreements and notifies owners; running it twice on one day changes nothing the second time.")
    public CalendarRun runCalendar(@QueryParam("date") String date) {
        LocalDate day = Inputs.dateOr(date, "date", LocalDate.now());
        return new CalendarRun(day, calendar.runNow(day));
    }

    private static AgreementInput required(AgreementInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }

    private static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : ids.stream().collect(Collectors.toSet());
    }
}
