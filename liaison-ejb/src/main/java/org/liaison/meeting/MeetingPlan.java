package org.liaison.meeting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.liaison.domain.shared.Tlp;

/**
 * What a meeting is to be, as a form or an API payload gives it: for planning one (with {@code rrule}, a series) and
 * for changing one.
 *
 * @param facilityId the hospital (ignored on a change: a meeting stays with its facility)
 * @param rrule      RFC 5545 RRULE for a series (e.g. FREQ=MONTHLY;BYDAY=2TU), or null for a single meeting
 */
public record MeetingPlan(Long facilityId, String title, String location, LocalDateTime startsAt,
        LocalDateTime endsAt, String agenda, Tlp tlp, Set<Long> agencyIds, Set<Long> staffIds, Set<Long> contactIds,
        String rrule) implements Serializable {

    public MeetingPlan {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        staffIds = staffIds == null ? Set.of() : Set.copyOf(staffIds);
        contactIds = contactIds == null ? Set.of() : Set.copyOf(contactIds);
    }

    public boolean repeats() {
        return rrule != null && !rrule.isBlank();
    }
}
