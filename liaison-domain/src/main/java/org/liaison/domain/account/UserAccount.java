package org.liaison.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.SingleLine;

/** A person who signs in: hospital staff, or a partner agency's liaison officer. */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "^[a-z0-9._-]{3,40}$", message = "{user.username.invalid}")
    @Column(name = "username", nullable = false, length = 40, unique = true)
    private String username;

    @SingleLine
    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 80, message = "{text.tooLong}")
    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @SingleLine
    @Email(message = "{email.invalid}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "email", length = 120)
    private String email;

    /** PBKDF2 hash in the Jakarta Security format; null for an account that cannot sign in yet. */
    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "user_facility", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    private Set<Facility> facilities = new HashSet<>();

    /** For partners: the agency whose records they may see. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_agency_id")
    private Agency partnerAgency;

    public UserAccount() {
    }

    public UserAccount(String username, String displayName, String email) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
    }

    /**
     * Sets what the account may do and where. The combination must make sense: a partner is bound to exactly one
     * agency and has no other role; facility-scoped staff need at least one facility.
     */
    public void assign(Set<Role> newRoles, Set<Facility> newFacilities, Agency agency) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw DomainRuleViolation.onField("roles", "user.roles.required",
                    "An account needs at least one role");
        }
        if (newRoles.contains(Role.PORTAL) && newRoles.size() > 1) {
            throw DomainRuleViolation.onField("roles", "user.portal.exclusive",
                    "A portal account has no other role");
        }
        if (newRoles.contains(Role.PARTNER)) {
            if (newRoles.size() > 1) {
                throw DomainRuleViolation.onField("roles", "user.partner.exclusive",
                    "A partner account has no other role");
            }
            if (agency == null) {
                throw DomainRuleViolation.onField("partnerAgencyId", "user.partner.agencyRequired",
                    "A partner account needs its agency");
            }
        } else if (agency != null) {
            throw DomainRuleViolation.onField("partnerAgencyId", "user.agency.partnerOnly",
                    "Only partner accounts are bound to an agency");
        }
        boolean facilityScoped = newRoles.stream().noneMatch(Role.SYSTEM_WIDE::contains)
                && !newRoles.contains(Role.PARTNER);
        if (facilityScoped && (newFacilities == null || newFacilities.isEmpty())) {
            throw DomainRuleViolation.onField("facilityIds", "user.facilities.required",
                    "Managers and officers need a facility");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.facilities = newFacilities == null ? new HashSet<>() : new HashSet<>(newFacilities);
        this.partnerAgency = agency;
    }

    public void changePassword(String newHash, LocalDateTime at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    public Set<String> groupNames() {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String auditType() {
        return "UserAccount";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        // The password hash is never written to the trail; only the fact that it changed.
        return Snapshot.of().with("username", username).with("displayName", displayName).with("email", email)
                .with("enabled", enabled).with("roles", new TreeSet<>(roles))
                .with("facilities", facilities.stream().map(Facility::getId).collect(Collectors.toCollection(TreeSet::new)))
                .with("partnerAgency", partnerAgency == null ? null : partnerAgency.getId())
                .with("passwordChangedAt", passwordChangedAt).build();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPasswordHash() { return passwordHash; }
    public LocalDateTime getPasswordChangedAt() { return passwordChangedAt; }
    public boolean isEnabled() { return enabled; }
    public Set<Role> getRoles() { return roles; }
    public Set<Facility> getFacilities() { return facilities; }
    public Agency getPartnerAgency() { return partnerAgency; }
}
