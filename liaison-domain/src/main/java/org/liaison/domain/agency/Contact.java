package org.liaison.domain.agency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PhoneNumber;
import org.liaison.domain.shared.Snapshot;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.PlainText;

/** A named officer or staff member at an agency: the direct line a hospital officer calls. */
@Entity
@Table(name = "contact")
public class Contact extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /** A contact not confirmed within this many days is flagged as possibly out of date. */
    public static final int VERIFICATION_VALID_DAYS = 180;

    @NotNull(message = "{contact.agency.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @SingleLine
    @NotBlank(message = "{contact.firstName.required}")
    @Size(max = 60, message = "{text.tooLong}")
    @Column(name = "first_name", nullable = false, length = 60)
    private String firstName;

    @SingleLine
    @NotBlank(message = "{contact.lastName.required}")
    @Size(max = 60, message = "{text.tooLong}")
    @Column(name = "last_name", nullable = false, length = 60)
    private String lastName;

    @SingleLine
    @Size(max = 40, message = "{text.tooLong}")
    @Column(name = "rank_title", length = 40)
    private String rank;

    @SingleLine
    @Size(max = 80, message = "{text.tooLong}")
    @Column(name = "unit", length = 80)
    private String unit;

    @SingleLine
    @Pattern(regexp = PhoneNumber.PATTERN, message = "{phone.invalid}")
    @Size(max = 32, message = "{text.tooLong}") // the pattern allows a longer number with an extension
    @Column(name = "phone", length = 32)
    private String phone;

    @SingleLine
    @Pattern(regexp = PhoneNumber.PATTERN, message = "{phone.invalid}")
    @Size(max = 32, message = "{text.tooLong}") // the pattern allows a longer number with an extension
    @Column(name = "mobile", length = 32)
    private String mobile;

    @SingleLine
    @Size(max = 40, message = "{text.tooLong}")
    @Column(name = "radio_channel", length = 40)
    private String radioChannel;

    @SingleLine
    @Email(message = "{email.invalid}")
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "email", length = 120)
    private String email;

    @PastOrPresent(message = "{contact.verifiedAt.future}")
    @Column(name = "verified_at")
    private LocalDate verifiedAt;

    @PlainText
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "notes", length = 1000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "joint_role", length = 24)
    private JointRole jointRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_method", length = 12)
    private ContactMethod preferredMethod;

    @OneToMany(mappedBy = "contact", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("startedOn DESC")
    private List<ContactAffiliation> affiliations = new ArrayList<>();

    /** The day they left the agency; null while they serve there. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    public Contact() {
    }

    public Contact(Agency agency, String firstName, String lastName, String rank, String unit) {
        this.agency = agency;
        this.firstName = firstName;
        this.lastName = lastName;
        this.rank = rank;
        this.unit = unit;
    }

    /** Opens the first affiliation of a new contact. */
    public void startAffiliation(LocalDate on) {
        affiliations.add(new ContactAffiliation(this, agency, unit, rank, on));
    }

    /**
     * The contact moved to another agency or unit (or rank): the current affiliation ends today and a new one starts,
     * so the history stays on record. Returns false when nothing that affiliation records changed.
     */
    public boolean moveTo(Agency newAgency, String newUnit, String newRank, LocalDate on) {
        boolean moved = !newAgency.equals(agency) || !java.util.Objects.equals(newUnit, unit)
                || !java.util.Objects.equals(newRank, rank);
        if (!moved) {
            return false;
        }
        if (hasLeft() && newAgency.equals(agency)) {
            // a correction to the rank or unit they held when they left: their last affiliation says what it was
            this.unit = newUnit;
            this.rank = newRank;
            affiliations.stream().filter(a -> leftOn.equals(a.getEndedOn()))
                    .max(java.util.Comparator.comparing(ContactAffiliation::getStartedOn))
                    .ifPresent(last -> last.correct(newUnit, newRank));
            return false;
        }
        // someone who left and now serves at another agency (often the one next door) is back in the directory
        leftOn = null;
        affiliations.stream().filter(ContactAffiliation::isCurrent).forEach(a -> a.end(on));
        this.agency = newAgency;
        this.unit = newUnit;
        this.rank = newRank;
        affiliations.add(new ContactAffiliation(this, newAgency, newUnit, newRank, on));
        return true;
    }

    /**
     * The contact left the agency (retired, transferred out of the area): their affiliation ends on that day and
     * they are no longer offered as a direct line, while every record naming them stays as it was.
     */
    public void leave(LocalDate on, LocalDate today) {
        if (hasLeft()) {
            throw new DomainRuleViolation("contact.alreadyLeft", getDisplayName() + " already left on " + leftOn + ".");
        }
        requirePossibleLeavingDay(on, today);
        LocalDate started = affiliations.stream().filter(ContactAffiliation::isCurrent)
                .map(ContactAffiliation::getStartedOn).findFirst().orElse(null);
        if (started != null && on.isBefore(started)) {
            throw DomainRuleViolation.onField("leftOn", "contact.leftOn.beforeStart",
                    "Liaison has had them at this agency since " + started + "; the day they left cannot be earlier."
                            + " If they were entered by mistake, delete them instead.");
        }
        affiliations.stream().filter(ContactAffiliation::isCurrent).forEach(a -> a.end(on));
        this.leftOn = on;
    }

    /**
     * Their leaving was recorded by mistake: the affiliation it ended is open again and they are listed as before.
     * (Someone who left and came back later is moved instead, so the gap stays on record.)
     */
    public void undoLeaving() {
        if (!hasLeft()) {
            throw new DomainRuleViolation("contact.notLeft", getDisplayName() + " is not recorded as having left.");
        }
        affiliations.stream().filter(a -> leftOn.equals(a.getEndedOn()))
                .max(java.util.Comparator.comparing(ContactAffiliation::getStartedOn))
                .ifPresent(ContactAffiliation::reopen);
        this.leftOn = null;
    }

    /**
     * Their departure as the reason for what it ends (a place at an upcoming exercise): "Left Riverton Police
     * Department on 2026-11-20".
     */
    public String departureNote() {
        if (!hasLeft()) {
            throw new DomainRuleViolation("contact.notLeft", getDisplayName() + " is not recorded as having left.");
        }
        return "Left " + (agency == null ? "their agency" : agency.getName()) + " on " + leftOn;
    }

    /** A day someone can have left on, whoever they are: given, and not after today. */
    public static void requirePossibleLeavingDay(LocalDate on, LocalDate today) {
        if (on == null) {
            throw DomainRuleViolation.onField("leftOn", "contact.leftOn.required", "Say on which day they left.");
        }
        if (on.isAfter(today)) {
            throw DomainRuleViolation.onField("leftOn", "contact.leftOn.future",
                    "Record this once they have left: the day cannot be in the future.");
        }
    }

    /** True once they left the agency: kept on record, no longer someone to call. */
    public boolean hasLeft() {
        return leftOn != null;
    }

    /** Refuses a contact who left as the person for something new (a direct line, a point of contact). */
    public void requireServing(String field) {
        if (hasLeft()) {
            throw DomainRuleViolation.onField(field, "contact.hasLeft", getDisplayName() + " left "
                    + (agency == null ? "their agency" : agency.getName()) + " on " + leftOn
                    + "; choose someone who serves there now.");
        }
    }

    /** Someone confirmed today that the details are correct. */
    public void verify(LocalDate today) {
        this.verifiedAt = today;
    }

    /** True when nobody confirmed the details in the last 180 days (or ever). */
    public boolean isVerificationDue(LocalDate today) {
        // nobody needs to confirm the details of someone who left
        return !hasLeft()
                && (verifiedAt == null || verifiedAt.isBefore(today.minusDays(VERIFICATION_VALID_DAYS)));
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    /** Rank and name as they are said on the radio: "Sgt. Maria Lopez" reads better than the name alone. */
    public String getDisplayName() {
        return rank == null || rank.isBlank() ? getFullName() : rank + " " + getFullName();
    }

    /** Copies what a user may edit from a detached copy (a form or an API payload). */
    public void updateFrom(Contact edited) {
        this.firstName = edited.firstName;
        this.lastName = edited.lastName;
        this.jointRole = edited.jointRole;
        this.preferredMethod = edited.preferredMethod;
        this.phone = edited.phone;
        this.mobile = edited.mobile;
        this.radioChannel = edited.radioChannel;
        this.email = edited.email;
        this.verifiedAt = edited.verifiedAt;
        this.notes = edited.notes;
    }

    @Override
    public String auditType() {
        return "Contact";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("agency", agency == null ? null : agency.getId()).with("firstName", firstName)
                .with("lastName", lastName).with("rank", rank).with("unit", unit).with("phone", phone)
                .with("mobile", mobile).with("radioChannel", radioChannel).with("email", email)
                .with("verifiedAt", verifiedAt).with("notes", notes).with("jointRole", jointRole)
                .with("preferredMethod", preferredMethod).with("leftOn", leftOn).build();
    }

    public JointRole getJointRole() { return jointRole; }
    public void setJointRole(JointRole jointRole) { this.jointRole = jointRole; }
    public ContactMethod getPreferredMethod() { return preferredMethod; }
    public void setPreferredMethod(ContactMethod preferredMethod) { this.preferredMethod = preferredMethod; }
    public List<ContactAffiliation> getAffiliations() { return affiliations; }
    public Agency getAgency() { return agency; }
    public void setAgency(Agency agency) { this.agency = agency; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getRank() { return rank; }
    public void setRank(String rank) { this.rank = rank; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getRadioChannel() { return radioChannel; }
    public void setRadioChannel(String radioChannel) { this.radioChannel = radioChannel; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public LocalDate getLeftOn() { return leftOn; }
    public LocalDate getVerifiedAt() { return verifiedAt; }
    public void setVerifiedAt(LocalDate verifiedAt) { this.verifiedAt = verifiedAt; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
