package org.liaison.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * When an agreement is in force: from its effective date up to and including its expiry date, which comes after it.
 * A value: it cannot exist without both dates in that order, so no agreement can hold a period that breaks the rule.
 */
@Embeddable
public class AgreementPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    /** For JPA only. */
    protected AgreementPeriod() {
    }

    public AgreementPeriod(LocalDate effectiveOn, LocalDate expiresOn) {
        if (effectiveOn == null) {
            throw DomainRuleViolation.onField("effectiveOn", "agreement.effectiveOn.required",
                    "Enter the date the agreement takes effect.");
        }
        if (expiresOn == null) {
            throw DomainRuleViolation.onField("expiresOn", "agreement.expiresOn.required",
                    "Enter the date the agreement expires.");
        }
        if (!expiresOn.isAfter(effectiveOn)) {
            throw DomainRuleViolation.onField("expiresOn", "agreement.period.expiryNotAfterStart",
                    "The expiry date must come after the effective date.");
        }
        this.effectiveOn = effectiveOn;
        this.expiresOn = expiresOn;
    }

    /** The same start, a later expiry (a renewal); an earlier or equal one is refused. */
    public AgreementPeriod extendTo(LocalDate newExpiresOn) {
        if (newExpiresOn == null || !newExpiresOn.isAfter(expiresOn)) {
            throw DomainRuleViolation.onField("newExpiresOn", "agreement.renewal.notLater",
                    "A renewal must move the expiry date later.");
        }
        return new AgreementPeriod(effectiveOn, newExpiresOn);
    }

    public boolean hasStartedBy(LocalDate today) {
        return !today.isBefore(effectiveOn);
    }

    public boolean hasEndedBy(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    /** Inside the notice window: on or after (expiry − notice days), on or before the expiry date. */
    public boolean noticeWindowContains(LocalDate today, int noticeDays) {
        return !today.isBefore(expiresOn.minusDays(noticeDays)) && !today.isAfter(expiresOn);
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementPeriod that && Objects.equals(effectiveOn, that.effectiveOn)
                && Objects.equals(expiresOn, that.expiresOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(effectiveOn, expiresOn);
    }

    @Override
    public String toString() {
        return effectiveOn + "/" + expiresOn;
    }
}
