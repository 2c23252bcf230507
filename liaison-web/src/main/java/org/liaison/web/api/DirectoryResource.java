package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.agency.DirectoryCsv;

/** The contact directory as CSV: export, and all-or-nothing import with row-level messages. */
@Path("contacts")
@RequestScoped
@Tag(name = "Directory", description = "The contact directory as CSV: export and import")
public class DirectoryResource {

    @Inject
    DirectoryCsv csv;

    public record ImportView(int rows, int imported, boolean dryRun) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "Export the contacts in your scope as CSV")
    public Response export() {
        return Response.ok(csv.export(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"liaison-contacts.csv\"").build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import contacts from CSV", description = "Columns: " + "agency, firstName, lastName, rank,"
            + " unit, jointRole, phone, mobile, radioChannel, email, preferredMethod, verifiedAt, notes. With"
            + " dryRun=true nothing is saved. A file with any bad row is rejected whole: 400 with one error per row"
            + " and field (field \"rows[3].phone\").")
    public Response importContacts(String body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        DirectoryCsv.ImportResult result = csv.importContacts(body, !dryRun);
        if (!result.accepted()) {
            List<Problem.FieldError> errors = result.errors().stream()
                    .map(e -> new Problem.FieldError("rows[" + e.row() + "]." + e.field(), e.message())).toList();
            return Problem.response(new Problem("about:blank", "Invalid import file", 400, errors.size()
                    + " problem(s) found; nothing was imported.", errors));
        }
        return Response.ok(new ImportView(result.rows(), result.imported(), dryRun)).build();
    }
}
