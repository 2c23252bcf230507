package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.training.PlanActivation;
import org.liaison.platform.InvalidInput;
import org.liaison.training.ComplianceService;
import org.liaison.training.FacilityCompliance;

@Path("compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance", description = "The CMS exercise rule (42 CFR 482.15(d)) per facility, rolling 12 months")
public class ComplianceResource {

    @Inject
    ComplianceService compliance;

    public record CountingView(Long exerciseId, String title, String type, LocalDate date, String countsAs,
            String why) {
    }

    public record FacilityComplianceView(Long facilityId, String facilityName, String facilityCode, String status,
            LocalDate lapsesOn, List<CountingView> exercises, List<String> missing, long heldIn12Months,
            long heldWithPolice, int percentWithPolice) {
        static FacilityComplianceView of(FacilityCompliance c) {
            return new FacilityComplianceView(c.facilityId(), c.facilityName(), c.facilityCode(), c.status().name(),
                    c.lapsesOn(), c.counted().stream().map(x -> new CountingView(x.exerciseId(), x.title(),
                            x.type() == null ? null : x.type().name(), x.on(), x.countsAs().name(), x.why())).toList(),
                    c.missing(), c.heldIn12Months(), c.heldWithPolice(), c.percentWithPolice());
        }
    }

    public record ActivationInput(Long facilityId, String activatedOn, String description) {
    }

    public record ActivationView(Long id, Long facilityId, String facilityName, LocalDate activatedOn,
            String description, String recordedBy) {
        static ActivationView of(PlanActivation a) {
            return new ActivationView(a.getId(), a.getFacility().getId(), a.getFacility().getName(),
                    a.getActivatedOn(), a.getDescription(), a.getRecordedBy());
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("exercises")
    @Operation(summary = "Exercise compliance per facility (rolling 12 months)", description = "Per facility a"
            + " status of COMPLIANT, AT_RISK (lapses within 60 days unless another exercise is held) or NOT_COMPLIANT,"
            + " the exercises that count and why, what is missing, and the share of exercises held with police.")
    public ListResult<FacilityComplianceView> exercises(@QueryParam("facilityId") Long facilityId) {
        return ListResult.all(compliance.byFacility(LocalDate.now(), facilityId).stream()
                .map(FacilityComplianceView::of).toList());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    @GET
    @Path("activations")
    @Operation(summary = "Documented real activations of the emergency plan")
    public ListResult<ActivationView> activations(@QueryParam("facilityId") Long facilityId) {
        return ListResult.all(compliance.activations(facilityId).stream().map(ActivationView::of).toList());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("activations")
    @Operation(summary = "Document a real activation of the emergency plan", description = "It exempts the"
            + " facility's next full-scale exercise.")
    public Response recordActivation(ActivationInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        Inputs.Collector errors = new Inputs.Collector();
        errors.required(input.facilityId(), "facilityId", "Choose the facility.");
        LocalDate on = errors.date(input.activatedOn(), "activatedOn");
        errors.required(on, "activatedOn", "Enter the day of the activation.");
        errors.throwIfAny();
        return Response.status(201).entity(ActivationView.of(compliance.recordActivation(input.facilityId(), on,
                input.description(), LocalDate.now()))).build();
    }
}
