package org.liaison.domain.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.liaison.domain.shared.BaseEntity;

/**
 * Where a contact served, and when. The current affiliation has no end date; when a contact moves to another agency
 * or unit the old one is closed and kept, so "who was our liaison at the sheriff's office last spring" has an answer.
 */
@Entity
@Table(name = "contact_affiliation")
public class ContactAffiliation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "unit", length = 80)
    private String unit;

    @Column(name = "rank_title", length = 40)
    private String rank;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    public ContactAffiliation() {
    }

    public ContactAffiliation(Contact contact, Agency agency, String unit, String rank, LocalDate startedOn) {
        this.contact = contact;
        this.agency = agency;
        this.unit = unit;
        this.rank = rank;
        this.startedOn = startedOn;
    }

    public void end(LocalDate on) {
        this.endedOn = on;
    }

    /** Its end was recorded by mistake. */
    void reopen() {
        this.endedOn = null;
    }

    /** The rank or unit was recorded wrongly (no move: the dates stay). */
    void correct(String correctedUnit, String correctedRank) {
        this.unit = correctedUnit;
        this.rank = correctedRank;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public Contact getContact() { return contact; }
    public Agency getAgency() { return agency; }
    public String getUnit() { return unit; }
    public String getRank() { return rank; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
}
