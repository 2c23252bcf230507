package org.liaison.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.liaison.training.ComplianceService;
import org.liaison.training.FacilityCompliance;
import org.liaison.web.shared.Texts;

/** exercises/compliance: each facility against the CMS exercise rule, side by side. */
@Named
@RequestScoped
public class ComplianceBacking {

    @Inject
    ComplianceService compliance;

    private List<FacilityCompliance> facilities;

    @PostConstruct
    void init() {
        facilities = compliance.byFacility(LocalDate.now(), null);
    }

    public String policeText(FacilityCompliance c) {
        return Texts.get("exercise.compliance.police", c.percentWithPolice(), c.heldIn12Months());
    }

    public List<FacilityCompliance> getFacilities() { return facilities; }
}
