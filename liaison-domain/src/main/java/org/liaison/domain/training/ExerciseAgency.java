package org.liaison.domain.training;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;

/** An agency taking part in an exercise, with its point of contact for the planning. */
@Entity
@Table(name = "exercise_agency")
public class ExerciseAgency extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false)
    private Exercise exercise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "point_of_contact_id")
    private Contact pointOfContact;

    protected ExerciseAgency() {
    }

    ExerciseAgency(Exercise exercise, Agency agency, Contact pointOfContact) {
        this.exercise = exercise;
        this.agency = agency;
        changePointOfContact(pointOfContact);
    }

    /** The agency's point of contact for the planning: someone who works there, or nobody named yet. */
    void changePointOfContact(Contact contact) {
        if (contact != null && !agency.equals(contact.getAgency())) {
            throw DomainRuleViolation.onField("agencies", "exercise.pointOfContact.otherAgency",
                    "The point of contact must work at the agency they represent.");
        }
        this.pointOfContact = contact;
    }

    public Exercise getExercise() { return exercise; }
    public Agency getAgency() { return agency; }
    public Contact getPointOfContact() { return pointOfContact; }
}
