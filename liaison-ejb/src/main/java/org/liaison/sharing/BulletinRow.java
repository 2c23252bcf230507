package org.liaison.sharing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.liaison.domain.sharing.BulletinCategory;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.shared.Tlp;

/** A bulletin as lists show it, with its acknowledgement figures (counted in the database). */
public record BulletinRow(Long id, long version, String title, BulletinCategory category, Tlp tlp,
        BulletinDirection direction, BulletinStatus status, LocalDateTime publishedAt, LocalDate validUntil,
        boolean acknowledgementRequired, LocalDate acknowledgementDeadline, int versionNumber, long recipients,
        long acknowledged) implements Serializable {

    /** The share of recipients who acknowledged, in whole percent; null when it has no recipients. */
    public Integer ratePercent() {
        return recipients == 0 ? null : (int) Math.round(100.0 * acknowledged / recipients);
    }
}
