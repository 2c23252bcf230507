package org.liaison.meeting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.liaison.domain.meeting.CommunityEventKind;

/** A community event as a form or an API payload gives it. */
public record CommunityEventPlan(Long facilityId, CommunityEventKind kind, String title, LocalDateTime startsAt,
        LocalDateTime endsAt, String location, String notes, Set<Long> agencyIds, Set<Long> staffIds)
        implements Serializable {

    public CommunityEventPlan {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        staffIds = staffIds == null ? Set.of() : Set.copyOf(staffIds);
    }
}
