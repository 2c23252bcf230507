package org.liaison.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.Snapshot;

/**
 * One person's place at an exercise: a staff member of the hospital or a person of a participating agency. A place
 * beyond the side's capacity is on the waitlist until one frees up. registered → confirmed → attended | no-show |
 * cancelled; attended and no-show can be corrected on the roster (a tap on the wrong name).
 */
@Entity
@Table(name = "exercise_registration")
public class Registration extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false)
    private Exercise exercise;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 8)
    private Side side;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RegistrationStatus status = RegistrationStatus.REGISTERED;

    @Column(name = "waitlisted", nullable = false)
    private boolean waitlisted;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "registered_by", nullable = false, length = 40)
    private String registeredBy;

    @Column(name = "hours", precision = 5, scale = 2)
    private BigDecimal hours;

    /** Why the place was given up, when the person did not give it up themselves (they left their agency). */
    @Column(name = "cancel_reason", length = Reason.MAX)
    private String cancelReason;

    protected Registration() {
    }

    private Registration(Exercise exercise, Side side, UserAccount user, Contact contact, boolean waitlisted,
            String by, LocalDateTime at) {
        this.exercise = exercise;
        this.side = side;
        this.user = user;
        this.contact = contact;
        this.agency = contact == null ? null : contact.getAgency();
        this.waitlisted = waitlisted;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    /** A staff member's place; on the waitlist when the staff side is full ({@code holding} places taken). */
    public static Registration ofStaff(Exercise exercise, UserAccount user, long holding, String by, LocalDateTime at) {
        requireOpen(exercise);
        return new Registration(exercise, Side.STAFF, user, null, isFull(exercise, Side.STAFF, holding), by, at);
    }

    /** An agency person's place: only people of an agency taking part in the exercise. */
    public static Registration ofAgencyPerson(Exercise exercise, Contact contact, long holding, String by,
            LocalDateTime at) {
        requireOpen(exercise);
        if (!exercise.involves(contact.getAgency())) {
            throw DomainRuleViolation.onField("contactId", "registration.agencyNotParticipating",
                    "Only people of the agencies taking part can register.");
        }
        return new Registration(exercise, Side.AGENCY, null, contact, isFull(exercise, Side.AGENCY, holding), by, at);
    }

    /** Full when the places held on that side (waitlist excluded) reach its capacity. */
    public static boolean isFull(Exercise exercise, Side side, long holding) {
        return holding >= exercise.capacity(side);
    }

    private static void requireOpen(Exercise exercise) {
        if (!exercise.isOpenForRegistration()) {
            throw new DomainRuleViolation("registration.closed", "Registration is closed: the exercise is "
                    + exercise.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
    }

    public void confirm() {
        require(status == RegistrationStatus.REGISTERED && !waitlisted, "confirm",
                "only a registration holding a place");
        status = RegistrationStatus.CONFIRMED;
    }

    /** Marks the person present and credits the exercise's hours. */
    public void attend() {
        require(!waitlisted && status != RegistrationStatus.CANCELLED, "mark present",
                "only a registration holding a place");
        status = RegistrationStatus.ATTENDED;
        hours = BigDecimal.valueOf(exercise.getWindow().hours()).setScale(2, RoundingMode.HALF_UP);
    }

    public void noShow() {
        require(!waitlisted && status != RegistrationStatus.CANCELLED, "mark absent",
                "only a registration holding a place");
        status = RegistrationStatus.NO_SHOW;
        hours = null;
    }

    /** Gives the place up; returns whether it held one (so the next on the waitlist moves up). */
    public boolean cancel() {
        return cancel(null);
    }

    /**
     * Gives the place up, saying why when the person did not choose to (the reason stays with the registration and
     * in its audit entry); returns whether it held a place (so the next on the waitlist moves up).
     */
    public boolean cancel(String reason) {
        require(status == RegistrationStatus.REGISTERED || status == RegistrationStatus.CONFIRMED, "cancel",
                "only a registration not yet attended");
        String why = Reason.optional(reason, "reason");
        boolean heldPlace = !waitlisted;
        status = RegistrationStatus.CANCELLED;
        waitlisted = false;
        cancelReason = why;
        return heldPlace;
    }

    /** Moves up from the waitlist into a freed place. */
    public void promote() {
        require(waitlisted && status == RegistrationStatus.REGISTERED, "promote", "only a waitlisted registration");
        waitlisted = false;
    }

    private void require(boolean condition, String move, String rule) {
        if (!condition) {
            throw new DomainRuleViolation("registration.transition", "Cannot " + move + " a registration that is "
                    + (waitlisted ? "waitlisted" : status.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    + ": " + rule + ".");
        }
    }

    /** The person's name as the roster shows it. */
    public String getPersonName() {
        return user != null ? user.getDisplayName() : contact.getDisplayName();
    }

    @Override
    public String auditType() {
        return "Registration";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("exercise", exercise.getId()).with("side", side)
                .with("user", user == null ? null : user.getId()).with("contact", contact == null ? null : contact.getId())
                .with("status", status).with("waitlisted", waitlisted).with("hours", hours)
                .with("cancelReason", cancelReason).build();
    }

    public Exercise getExercise() { return exercise; }
    public Side getSide() { return side; }
    public UserAccount getUser() { return user; }
    public Contact getContact() { return contact; }
    public Agency getAgency() { return agency; }
    public RegistrationStatus getStatus() { return status; }
    public boolean isWaitlisted() { return waitlisted; }
    public LocalDateTime getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public BigDecimal getHours() { return hours; }
    public String getCancelReason() { return cancelReason; }
}
