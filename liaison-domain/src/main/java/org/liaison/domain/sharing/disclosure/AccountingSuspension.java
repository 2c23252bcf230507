package org.liaison.domain.sharing.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.liaison.domain.agency.Agency;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.SingleLine;
import org.liaison.domain.shared.Snapshot;

/**
 * A law-enforcement request to suspend a patient's accounting of disclosures to that agency (45 CFR 164.528(a)(2)).
 * A written request holds until its date (inclusive); an oral one lapses 30 days after it was made unless it is put in
 * writing. While it holds, the accounting leaves out the disclosures it covers; once it lapses they show again.
 */
@Entity
@Table(name = "accounting_suspension")
public class AccountingSuspension extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int ORAL_DAYS = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    /** The patient whose accounting is suspended; null: every patient's disclosures to the agency. */
    @SingleLine
    @Size(max = 40, message = "{text.tooLong}")
    @Column(name = "mrn", length = 40)
    private String mrn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private SuspensionKind kind;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "written_until")
    private LocalDate writtenUntil;

    /** Kept with the record so the accounting can leave out what it hides in the query itself. */
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @SingleLine
    @Size(max = 120, message = "{text.tooLong}")
    @Column(name = "requested_by", nullable = false, length = 120)
    private String requestedBy;

    @PlainText
    @Size(max = 1000, message = "{text.tooLong}")
    @Column(name = "statement", length = 1000)
    private String statement;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    public AccountingSuspension() {
    }

    private AccountingSuspension(Agency agency, String mrn, SuspensionKind kind, LocalDate requestedOn,
            LocalDate writtenUntil, String requestedBy, String statement) {
        if (requestedOn == null) {
            throw DomainRuleViolation.onField("requestedOn", "suspension.requestedOn.required",
                    "Enter the date of the request.");
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            throw DomainRuleViolation.onField("requestedBy", "suspension.requestedBy.required",
                    "Name the official who asked.");
        }
        this.agency = agency;
        this.mrn = Mrn.normalise(mrn == null || mrn.isBlank() ? null : mrn);
        this.kind = kind;
        this.requestedOn = requestedOn;
        this.writtenUntil = writtenUntil;
        this.requestedBy = requestedBy.strip();
        this.statement = statement;
        this.lastDay = computeLastDay();
    }

    /** A written request: holds until the given date, which must not be before the request. */
    public static AccountingSuspension written(Agency agency, String mrn, LocalDate requestedOn, LocalDate until,
            String requestedBy, String statement) {
        requireUntil(requestedOn, until);
        return new AccountingSuspension(agency, mrn, SuspensionKind.WRITTEN, requestedOn, until, requestedBy,
                statement);
    }

    /** An oral request: holds for 30 days from the day it was made. */
    public static AccountingSuspension oral(Agency agency, String mrn, LocalDate requestedOn, String requestedBy,
            String statement) {
        return new AccountingSuspension(agency, mrn, SuspensionKind.ORAL, requestedOn, null, requestedBy, statement);
    }

    private static void requireUntil(LocalDate requestedOn, LocalDate until) {
        if (until == null) {
            throw DomainRuleViolation.onField("until", "suspension.until.required",
                    "A written request states until when the accounting is suspended.");
        }
        if (requestedOn != null && until.isBefore(requestedOn)) {
            throw DomainRuleViolation.onField("until", "suspension.until.beforeRequest",
                    "The suspension cannot end before it was requested.");
        }
    }

    /** The oral request confirmed in writing while it still held: it now holds until the written date. */
    public void putInWriting(LocalDate on, LocalDate until) {
        if (kind != SuspensionKind.ORAL) {
            throw new DomainRuleViolation("suspension.written", "This request is already in writing.");
        }
        if (!holdsOn(on)) {
            throw new DomainRuleViolation("suspension.lapsed",
                    "The oral request has lapsed; record the written request as a new suspension.");
        }
        requireUntil(requestedOn, until);
        kind = SuspensionKind.WRITTEN;
        writtenUntil = until;
        lastDay = computeLastDay();
    }

    /**
     * The agency withdraws its request: from the given day on the accounting shows the disclosures again. Only a
     * suspension still holding (or not yet begun) can end; one that has lapsed has nothing left to end.
     */
    public void end(LocalDate on) {
        if (on == null) {
            throw DomainRuleViolation.onField("endedOn", "suspension.endedOn.required", "Enter the day it ends.");
        }
        if (on.isAfter(lastDay)) {
            throw new DomainRuleViolation("suspension.lapsed", "This suspension has already lapsed.");
        }
        lastDay = on.isAfter(requestedOn) ? on.minusDays(1) : requestedOn.minusDays(1);
    }

    /** Whether it was ended before the date its request gave (written date or the 30 days of an oral one). */
    public boolean isEndedEarly() {
        return lastDay.isBefore(computeLastDay());
    }

    public SuspensionState stateOn(LocalDate day) {
        if (holdsOn(day)) {
            return SuspensionState.HOLDS;
        }
        if (isEndedEarly()) {
            return SuspensionState.ENDED;
        }
        return day.isBefore(requestedOn) ? SuspensionState.PENDING : SuspensionState.LAPSED;
    }

    /** Whether it holds on the day or will hold later: what can still be ended. */
    public boolean isEndableOn(LocalDate day) {
        return !day.isAfter(lastDay);
    }

    /** The last day it holds: the written date, or the 30th day counting the day of an oral request as the first. */
    public LocalDate lastDay() {
        return lastDay;
    }

    private LocalDate computeLastDay() {
        return kind == SuspensionKind.WRITTEN ? writtenUntil : requestedOn.plusDays(ORAL_DAYS - 1L);
    }

    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(requestedOn) && !day.isAfter(lastDay());
    }

    /** Whether it hides this disclosure from an accounting made on the given day. */
    public boolean hides(Disclosure disclosure, LocalDate accountingDay) {
        return holdsOn(accountingDay) && disclosure.getAgency() != null
                && disclosure.getAgency().equals(agency) && (mrn == null || mrn.equals(disclosure.getMrn()));
    }

    @Override
    public String auditType() {
        return "AccountingSuspension";
    }

    /** The trail keeps the masked identifier, as a disclosure's does: the audit log is read by more people. */
    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("agency", agency == null ? null : agency.getId()).with("mrn", getMaskedMrn())
                .with("kind", kind).with("requestedOn", requestedOn).with("writtenUntil", writtenUntil)
                .with("lastDay", lastDay).with("requestedBy", requestedBy).with("statement", statement).build();
    }

    public Agency getAgency() { return agency; }
    public String getMrn() { return mrn; }
    public String getMaskedMrn() { return Mrn.mask(mrn); }
    public SuspensionKind getKind() { return kind; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public LocalDate getWrittenUntil() { return writtenUntil; }
    public String getRequestedBy() { return requestedBy; }
    public String getStatement() { return statement; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }

    public void recorded(String by, LocalDateTime at) {
        this.recordedBy = by;
        this.recordedAt = at;
    }
}
