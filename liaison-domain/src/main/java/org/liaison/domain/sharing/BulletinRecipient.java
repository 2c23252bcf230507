package org.liaison.domain.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * One recipient of a published bulletin: a person, or an agency (any of its partner users acknowledges for it).
 * Delivered, then opened, then acknowledged, each once.
 */
@Entity
@Table(name = "bulletin_recipient")
public class BulletinRecipient extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id", nullable = false)
    private Bulletin bulletin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RecipientStatus status = RecipientStatus.DELIVERED;

    @Column(name = "delivered_at", nullable = false)
    private LocalDateTime deliveredAt;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "acknowledged_by", length = 40)
    private String acknowledgedBy;

    @Column(name = "acknowledged_version")
    private Integer acknowledgedVersion;

    @Column(name = "followed_up_at")
    private LocalDateTime followedUpAt;

    public BulletinRecipient() {
    }

    private BulletinRecipient(Bulletin bulletin, UserAccount person, Agency agency, LocalDateTime at) {
        this.bulletin = bulletin;
        this.person = person;
        this.agency = agency;
        this.deliveredAt = at;
    }

    public static BulletinRecipient person(Bulletin bulletin, UserAccount person, LocalDateTime at) {
        return new BulletinRecipient(bulletin, person, null, at);
    }

    public static BulletinRecipient agency(Bulletin bulletin, Agency agency, LocalDateTime at) {
        return new BulletinRecipient(bulletin, null, agency, at);
    }

    /** Opening it the first time moves it to opened; opening it again changes nothing. */
    public boolean open(LocalDateTime at) {
        if (status != RecipientStatus.DELIVERED) {
            return false;
        }
        status = RecipientStatus.OPENED;
        openedAt = at;
        return true;
    }

    /** Acknowledges in one action (opening it if it was not yet); only a live bulletin, and only once. */
    public void acknowledge(String by, LocalDateTime at) {
        if (!bulletin.getStatus().isLive()) {
            throw new DomainRuleViolation("bulletin.acknowledge.notLive",
                    "Only a published bulletin can be acknowledged.");
        }
        if (status == RecipientStatus.ACKNOWLEDGED) {
            throw new DomainRuleViolation("bulletin.acknowledge.twice", "This bulletin is already acknowledged.");
        }
        open(at);
        status = RecipientStatus.ACKNOWLEDGED;
        acknowledgedAt = at;
        acknowledgedBy = by;
        acknowledgedVersion = bulletin.getVersionNumber();
    }

    /** Records that someone called the recipient about an overdue acknowledgement. */
    public void followedUp(LocalDateTime at) {
        if (status == RecipientStatus.ACKNOWLEDGED) {
            throw new DomainRuleViolation("bulletin.followUp.acknowledged",
                    "This recipient has already acknowledged the bulletin.");
        }
        followedUpAt = at;
    }

    public Bulletin getBulletin() { return bulletin; }
    public UserAccount getPerson() { return person; }
    public Agency getAgency() { return agency; }
    public RecipientStatus getStatus() { return status; }
    public LocalDateTime getDeliveredAt() { return deliveredAt; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Integer getAcknowledgedVersion() { return acknowledgedVersion; }
    public LocalDateTime getFollowedUpAt() { return followedUpAt; }
}
