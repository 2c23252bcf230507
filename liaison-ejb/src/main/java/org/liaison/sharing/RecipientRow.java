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
}
