package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.audit.AuditFilter;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.audit.AuditEvent;
import org.liaison.platform.PageRequest;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what, when and from where (administrators and auditors)")
public class AuditResource {

    @EJB
    AuditTrail audit;

    /** One audit entry; changes is JSON text {"field": {"before": ..., "after": ...}}. */
    public record AuditEntryView(LocalDateTime occurredAt, String actor, String address, String action,
            String recordType, Long recordId, String changes) {
        static AuditEntryView of(AuditEvent e) {
            return new AuditEntryView(e.getOccurredAt(), e.getActor(), e.getAddress(), e.getAction(),
                    e.getRecordType(), e.getRecordId(), e.getChanges());
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Search the audit trail", description = "Newest first; every filter is optional.")
    public ListResult<AuditEntryView> search(
            @Parameter(description = "Agency, Contact, Facility, Relationship, UserAccount ...")
            @QueryParam("recordType") String recordType,
            @QueryParam("recordId") Long recordId,
            @Parameter(description = "User name, or part of it") @QueryParam("actor") String actor,
            @Parameter(description = "CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOCKOUT, PASSWORD_RESET")
            @QueryParam("action") String action,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        AuditFilter filter = new AuditFilter(actor, recordType, recordId, action, Inputs.date(from, "from"),
                Inputs.date(to, "to"));
        return ListResult.of(audit.search(filter, PageRequest.of(offset, limit)), AuditEntryView::of);
    }
}
