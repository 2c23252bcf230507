package org.liaison.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PlainText;
import org.liaison.domain.shared.Snapshot;

/** Days an agency has declared it cannot take part in exercises (a city festival weekend, an election day). */
@Entity
@Table(name = "agency_blackout")
public class AgencyBlackout extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "start_minute", nullable = false)
    private long startMinute;

    @Column(name = "end_minute", nullable = false)
    private long endMinute;

    @PlainText
    @NotBlank(message = "{blackout.reason.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @Column(name = "reason", nullable = false, length = 200)
    private String reason;

    protected AgencyBlackout() {
    }

    public AgencyBlackout(Agency agency, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null) {
            throw DomainRuleViolation.onField("firstDay", "blackout.firstDay.required", "Enter the first day.");
        }
        if (lastDay == null || lastDay.isBefore(firstDay)) {
            throw DomainRuleViolation.onField("lastDay", "blackout.lastDay.beforeFirst",
                    "The last day cannot come before the first.");
        }
        if (lastDay.isAfter(firstDay.plusDays(60))) {
            throw DomainRuleViolation.onField("lastDay", "blackout.tooLong", "A blackout lasts at most 61 days.");
        }
        this.agency = agency;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.startMinute = TimeWindow.minute(firstDay.atStartOfDay());
        this.endMinute = TimeWindow.minute(lastDay.plusDays(1).atStartOfDay());
        this.reason = reason;
    }

    @Override
    public String auditType() {
        return "AgencyBlackout";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return Snapshot.of().with("agency", agency.getId()).with("firstDay", firstDay).with("lastDay", lastDay)
                .with("reason", reason).build();
    }

    public Agency getAgency() { return agency; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public String getReason() { return reason; }
}
