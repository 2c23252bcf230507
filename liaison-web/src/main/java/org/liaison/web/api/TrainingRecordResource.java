package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.platform.PageRequest;
import org.liaison.training.TrainingRecords;

@Path("training-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training records", description = "Joint trainings per staff member and officers' coverage")
public class TrainingRecordResource {

    @Inject
    TrainingRecords records;

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("me")
    @Operation(summary = "My joint trainings: registrations, attended with dates and hours, hours this year")
    public TrainingRecords.TrainingRecord mine() {
        return records.recordOf(null, LocalDate.now());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("{userId}")
    @Operation(summary = "A staff member's joint trainings", description = "Your own, or your facilities' staff.")
    public TrainingRecords.TrainingRecord of(@PathParam("userId") long userId) {
        return records.recordOf(userId, LocalDate.now());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("coverage")
    @Operation(summary = "Joint training coverage per facility", description = "% of officers with a joint training"
            + " attended in the last 12 months.")
    public ListResult<TrainingRecords.Coverage> coverage() {
        return ListResult.all(records.coverage(LocalDate.now()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("officers")
    @Operation(summary = "Officers with their last joint training", description = "notCurrent=true: only those"
            + " without one in the last 12 months.")
    public ListResult<TrainingRecords.OfficerTraining> officers(@QueryParam("facilityId") Long facilityId,
            @QueryParam("notCurrent") @DefaultValue("false") boolean notCurrent,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(records.officers(facilityId, notCurrent, LocalDate.now(), PageRequest.of(offset, limit)),
                o -> o);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.AUDITOR_})
    @GET
    @Path("coverage.csv")
    @Produces("text/csv")
    @Operation(summary = "Officers' joint training as CSV (spreadsheet-safe cells)")
    public Response coverageCsv(@QueryParam("facilityId") Long facilityId) {
        return Response.ok(records.coverageCsv(facilityId, LocalDate.now()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"joint-training-coverage.csv\"").build();
    }
}
