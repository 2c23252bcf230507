package org.liaison.sharing;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.liaison.domain.sharing.RecipientStatus;

/**
 * One recipient of a bulletin and where they are with it. overdue: not acknowledged after the deadline, to follow up
 * (a call to the agency, logged as an engagement).
 */
public record RecipientRow(Long id, Long bulletinId, String bulletinTitle, Long userId, String personName,
        Long agencyId, String agencyName, RecipientStatus status, LocalDateTime openedAt,
        LocalDateTime acknowledgedAt, String acknowledgedBy, LocalDate deadline, boolean overdue,
        LocalDateTime followedUpAt) implements Serializable {

    /** Built by the query; overdue is derived here from the bulletin's deadline and the given day. */
    public RecipientRow(Long id, Long bulletinId, String bulletinTitle, Long userId, String personName,
            Long agencyId, String agencyName, RecipientStatus status, LocalDateTime openedAt,
            LocalDateTime acknowledgedAt, String acknowledgedBy, LocalDate deadline, boolean acknowledgementRequired,
            org.liaison.domain.sharing.BulletinStatus bulletinStatus, LocalDateTime followedUpAt) {
        this(id, bulletinId, bulletinTitle, userId, personName, agencyId, agencyName, status, openedAt, acknowledgedAt,
                acknowledgedBy, deadline, acknowledgementRequired && bulletinStatus.isLive() && deadline != null
                        && deadline.isBefore(LocalDate.now()) && status != RecipientStatus.ACKNOWLEDGED,
                followedUpAt);
    }
}
