package org.liaison.domain.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.SingleLine;

/** A hospital, a site or the system itself: the unit of scope for managers and officers. */
@Entity
@Table(name = "facility")
public class Facility extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @SingleLine
    @NotBlank(message = "{facility.name.required}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @SingleLine
    @NotBlank(message = "{facility.code.required}")
    @Size(max = 12, message = "{text.tooLong}")
    @Column(name = "code", nullable = false, length = 12)
    private String code;

    @NotNull(message = "{facility.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private FacilityKind kind = FacilityKind.HOSPITAL;

    @PositiveOrZero(message = "{facility.beds.invalid}")
    @Max(value = 5000, message = "{facility.beds.invalid}")
    @Column(name = "beds", nullable = false)
    private int beds;

    @SingleLine
    @Size(max = 200, message = "{text.tooLong}")
    @Column(name = "address", length = 200)
    private String address;

    @SingleLine
    @Size(max = 80, message = "{text.tooLong}")
    @Column(name = "city", length = 80)
    private String city;

    public Facility() {
    }

    public Facility(String name, String code, FacilityKind kind, int beds, String address, String city) {
        this.name = name;
        this.code = code;
        this.kind = kind;
        this.beds = beds;
        this.address = address;
        this.city = city;
    }

    /** Copies what a user may edit from a detached copy (a form or an API payload). */
    public void updateFrom(Facility edited) {
        this.name = edited.name;
        this.code = edited.code;
        this.kind = edited.kind;
        this.beds = edited.beds;
        this.address = edited.address;
        this.city = edited.city;
    }

    @Override
    public String auditType() {
        return "Facility";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("name", name).with("code", code).with("kind", kind).with("beds", beds)
                .with("address", address).with("city", city).build();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public FacilityKind getKind() { return kind; }
    public void setKind(FacilityKind kind) { this.kind = kind; }
    public int getBeds() { return beds; }
    public void setBeds(int beds) { this.beds = beds; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
}
