package org.liaison.domain.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.PhoneNumber;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.SingleLine;

/** A law-enforcement or public-safety agency: police department, sheriff, dispatch centre and so on. */
@Entity
@Table(name = "agency")
public class Agency extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @SingleLine
    @NotBlank(message = "{agency.name.required}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @NotNull(message = "{agency.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false, length = 24)
    private AgencyType type;

    @SingleLine
    @NotBlank(message = "{agency.jurisdiction.required}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "jurisdiction", nullable = false, length = 120)
    private String jurisdiction;

    @SingleLine
    @Pattern(regexp = PhoneNumber.PATTERN, message = "{phone.invalid}")
    @Size(max = 32, message = "{text.tooLong}") // the pattern allows a longer number with an extension
    @Column(name = "non_emergency_phone", length = 32)
    private String nonEmergencyPhone;

    @SingleLine
    @Pattern(regexp = PhoneNumber.PATTERN, message = "{phone.invalid}")
    @Size(max = 32, message = "{text.tooLong}") // the pattern allows a longer number with an extension
    @Column(name = "dispatch_phone", length = 32)
    private String dispatchPhone;

    @SingleLine
    @Size(max = 200, message = "{text.tooLong}")
    @Column(name = "address", length = 200)
    private String address;

    public Agency() {
    }

    public Agency(String name, AgencyType type, String jurisdiction, String nonEmergencyPhone, String dispatchPhone,
            String address) {
        this.name = name;
        this.type = type;
        this.jurisdiction = jurisdiction;
        this.nonEmergencyPhone = nonEmergencyPhone;
        this.dispatchPhone = dispatchPhone;
        this.address = address;
    }

    /** Copies what a user may edit from a detached copy (a form or an API payload). */
    public void updateFrom(Agency edited) {
        this.name = edited.name;
        this.type = edited.type;
        this.jurisdiction = edited.jurisdiction;
        this.nonEmergencyPhone = edited.nonEmergencyPhone;
        this.dispatchPhone = edited.dispatchPhone;
        this.address = edited.address;
    }

    @Override
    public String auditType() {
        return "Agency";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("name", name).with("type", type).with("jurisdiction", jurisdiction)
                .with("nonEmergencyPhone", nonEmergencyPhone).with("dispatchPhone", dispatchPhone)
                .with("address", address).build();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public AgencyType getType() { return type; }
    public void setType(AgencyType type) { this.type = type; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
    public String getNonEmergencyPhone() { return nonEmergencyPhone; }
    public void setNonEmergencyPhone(String nonEmergencyPhone) { this.nonEmergencyPhone = nonEmergencyPhone; }
    public String getDispatchPhone() { return dispatchPhone; }
    public void setDispatchPhone(String dispatchPhone) { this.dispatchPhone = dispatchPhone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
