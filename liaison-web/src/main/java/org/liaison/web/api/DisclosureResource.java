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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.disclosure.Accounting;
import org.liaison.disclosure.DisclosureFilter;
import org.liaison.disclosure.DisclosureInput;
import org.liaison.disclosure.DisclosureRow;
import org.liaison.disclosure.DisclosureService;
import org.liaison.domain.account.Role;
import org.liaison.domain.sharing.disclosure.AccountingSuspension;
import org.liaison.domain.sharing.disclosure.Disclosure;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;
import org.liaison.domain.sharing.disclosure.DisclosureStatus;
import org.liaison.domain.sharing.disclosure.LegalDocument;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("disclosures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosures", description = "HIPAA 45 CFR 164.528 accounting of disclosures to law enforcement"
        + " (164.512(f)). Lists mask the patient identifier to its last 4 characters.")
public class DisclosureResource {

    @Inject
    DisclosureService disclosures;

    @Context
    UriInfo uri;

    /** mrn is the full identifier only for managers, directors and auditors (each such view is audited). */
    public record DisclosureView(Long id, long version, String mrn, boolean mrnMasked, LocalDate disclosedOn,
            Long facilityId, String facilityName, Long agencyId, String agencyName, String recipientName,
            String recipientAddress, String description, String purpose, String basis, String legalDocument,
            String legalReference, Long bulletinId, String status, String approvedBy, LocalDateTime approvedAt,
            String recordedBy, LocalDateTime recordedAt) {
        static DisclosureView of(Disclosure d, String fullMrn) {
            return new DisclosureView(d.getId(), d.getVersion(), fullMrn == null ? d.getMaskedMrn() : fullMrn,
                    fullMrn == null, d.getDisclosedOn(), d.getFacility().getId(), d.getFacility().getName(),
                    d.getAgency().getId(), d.getAgency().getName(), d.getRecipientName(), d.getRecipientAddress(),
                    d.getDescription(), d.getPurpose(), d.getBasis().name(), BulletinResource.name(d.getLegalDocument()),
                    d.getLegalReference(), d.getBulletin() == null ? null : d.getBulletin().getId(),
                    d.getStatus().name(), d.getApprovedBy() == null ? null : d.getApprovedBy().getDisplayName(),
                    d.getApprovedAt(), d.getRecordedBy(), d.getRecordedAt());
        }
    }

    public record DisclosureInputJson(String mrn, String disclosedOn, Long facilityId, Long agencyId,
            String recipientName, String recipientAddress, String description, String purpose, String basis,
            String legalDocument, String legalReference, Long bulletinId) {
        DisclosureInput toInput() {
            Inputs.Collector in = new Inputs.Collector();
            LocalDate on = in.date(disclosedOn, "disclosedOn");
            DisclosureBasis b = in.enumValue(DisclosureBasis.class, basis, "basis", false);
            LegalDocument doc = in.enumValue(LegalDocument.class, legalDocument, "legalDocument", false);
            in.throwIfAny();
            return new DisclosureInput(mrn, on, facilityId, agencyId, recipientName, recipientAddress, description,
                    purpose, b, doc, legalReference, bulletinId);
        }
    }

    public record SuspensionInput(Long agencyId, String mrn, String kind, String requestedOn, String until,
            String requestedBy, String statement) {
    }

    /** endedEarly: the agency withdrew it before its written date or its 30 days; lastDay is then the day before. */
    public record SuspensionView(Long id, long version, Long agencyId, String agencyName, String mrn, String kind,
            LocalDate requestedOn, LocalDate lastDay, boolean endedEarly, String requestedBy) {
        static SuspensionView of(AccountingSuspension s) {
            return new SuspensionView(s.getId(), s.getVersion(), s.getAgency().getId(), s.getAgency().getName(),
                    s.getMaskedMrn(), s.getKind().name(), s.getRequestedOn(), s.lastDay(), s.isEndedEarly(),
                    s.getRequestedBy());
        }
    }

    /** endedOn: the first day the accounting shows the disclosures again (default today). */
    public record EndInput(Long version, String endedOn) {
    }

    public record ApproveInput(Long version) {
    }

    /** until: the last day the written request gives; writtenOn: the day it came (default today). */
    public record WrittenInput(Long version, String writtenOn, String until) {
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Disclosures in your scope, newest first", description = "Filter by status"
            + " (AWAITING_APPROVAL, APPROVED), basis, facilityId, agencyId, mrn, from, to. Identifiers are masked.")
    public ListResult<DisclosureRow> list(@QueryParam("status") String status, @QueryParam("basis") String basis,
            @QueryParam("facilityId") Long facilityId, @QueryParam("agencyId") Long agencyId,
            @QueryParam("mrn") String mrn, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        Inputs.Collector in = new Inputs.Collector();
        DisclosureFilter filter = new DisclosureFilter(in.enumValue(DisclosureStatus.class, status, "status", false),
                in.enumValue(DisclosureBasis.class, basis, "basis", false), facilityId, agencyId, mrn,
                in.date(from, "from"), in.date(to, "to"));
        in.throwIfAny();
        return ListResult.of(disclosures.search(filter, PageRequest.of(offset, limit)), r -> r);
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One disclosure", description = "The full patient identifier for managers, directors and"
            + " auditors (the view is audited); masked for officers.")
    public Response get(@PathParam("id") long id) {
        Disclosure d = disclosures.find(id);
        String full = disclosures.showsFullIdentifier() ? disclosures.fullIdentifier(id) : null;
        return Versions.tagged(Response.ok(DisclosureView.of(d, full)), d.getVersion()).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_})
    @POST
    @Operation(summary = "Record a disclosure", description = "Every field HIPAA requires: mrn, disclosedOn,"
            + " facilityId, agencyId, recipientName, recipientAddress, description, purpose, basis (REQUIRED_BY_LAW,"
            + " IDENTIFICATION_LOCATION, VICTIM, DECEDENT, CRIME_ON_PREMISES, EMERGENCY_CRIME) and legalDocument when"
            + " required by law. A missing one answers 400 naming it. It then awaits a director's approval.")
    public Response create(DisclosureInputJson input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Disclosure d = disclosures.record(input.toInput());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.getId())).build())
                .entity(DisclosureView.of(d, null)).build();
    }

    @RolesAllowed(Role.DIRECTOR_)
    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a disclosure (directors)")
    public DisclosureView approve(@PathParam("id") long id, ApproveInput input, @HeaderParam("If-Match") String ifMatch) {
        Disclosure d = disclosures.approve(id, Versions.required(input == null ? null : input.version(), ifMatch));
        return DisclosureView.of(d, null);
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("accounting")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @Operation(summary = "Accounting of disclosures for one patient over 6 years (JSON or PDF)", description =
            "mrn: the patient; asOf: the day the accounting is made (default today). Disclosures a suspension"
                    + " holds on that day are left out. Ask for application/pdf (Accept) or format=pdf for the letter.")
    public Response accounting(@QueryParam("mrn") String mrn, @QueryParam("asOf") String asOf,
            @QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        LocalDate day = Inputs.date(asOf, "asOf");
        boolean pdf = "pdf".equalsIgnoreCase(format) || accept != null && accept.contains("application/pdf")
                && !accept.contains(MediaType.APPLICATION_JSON);
        if (pdf) {
            return Response.ok(disclosures.accountingPdf(mrn, day), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"accounting-of-disclosures.pdf\"").build();
        }
        Accounting accounting = disclosures.accounting(mrn, day);
        return Response.ok(accounting, MediaType.APPLICATION_JSON).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("suspensions")
    @Operation(summary = "Suspensions of the accounting", description = "activeOn: only those holding that day.")
    public ListResult<SuspensionView> suspensions(@QueryParam("activeOn") String activeOn) {
        return ListResult.all(disclosures.suspensions(Inputs.date(activeOn, "activeOn")).stream()
                .map(SuspensionView::of).toList());
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("suspensions")
    @Operation(summary = "Record a law-enforcement request to suspend the accounting", description = "kind WRITTEN"
            + " (until: its last day) or ORAL (holds 30 days from requestedOn unless put in writing); mrn optional"
            + " (all the agency's disclosures when absent).")
    public Response suspend(SuspensionInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        String kind = input.kind() == null ? "" : input.kind();
        if (!kind.equals("WRITTEN") && !kind.equals("ORAL")) {
            throw InvalidInput.of("kind", "Must be one of WRITTEN, ORAL.");
        }
        AccountingSuspension s = disclosures.suspend(input.agencyId(), input.mrn(), kind.equals("WRITTEN"),
                Inputs.date(input.requestedOn(), "requestedOn"), Inputs.date(input.until(), "until"),
                input.requestedBy(), input.statement());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.getId())).build())
                .entity(SuspensionView.of(s)).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("suspensions/{id}")
    @Operation(summary = "One suspension of the accounting")
    public Response suspension(@PathParam("id") long id) {
        AccountingSuspension s = disclosures.suspension(id);
        return Versions.tagged(Response.ok(SuspensionView.of(s)), s.getVersion()).build();
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("suspensions/{id}/end")
    @Operation(summary = "End a suspension: the agency withdrew its request", description = "From endedOn (default"
            + " today) the accounting shows the disclosures again. Send the version you read; a lapsed suspension"
            + " answers 409.")
    public SuspensionView endSuspension(@PathParam("id") long id, EndInput input,
            @HeaderParam("If-Match") String ifMatch) {
        LocalDate on = input == null || input.endedOn() == null ? LocalDate.now()
                : Inputs.date(input.endedOn(), "endedOn");
        return SuspensionView.of(disclosures.endSuspension(id,
                Versions.required(input == null ? null : input.version(), ifMatch), on));
    }

    @RolesAllowed({Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("suspensions/{id}/written")
    @Operation(summary = "Put an oral suspension in writing", description = "The agency confirmed its oral request"
            + " in writing while it held: it then holds until the written date (until, required). writtenOn: the day"
            + " the written request came (default today). Send the version you read (or If-Match); a request already"
            + " in writing or lapsed answers 409.")
    public SuspensionView putInWriting(@PathParam("id") long id, WrittenInput input,
            @HeaderParam("If-Match") String ifMatch) {
        Inputs.Collector in = new Inputs.Collector();
        LocalDate writtenOn = in.date(input == null ? null : input.writtenOn(), "writtenOn");
        LocalDate until = in.date(input == null ? null : input.until(), "until");
        in.throwIfAny();
        return SuspensionView.of(disclosures.putInWriting(id,
                Versions.required(input == null ? null : input.version(), ifMatch), writtenOn, until));
    }

}
