package org.liaison.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.liaison.domain.training.AgencyBlackout;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.Registration;
import org.liaison.training.Conflict;
import org.liaison.training.FreeSlot;

/** The JSON shapes of exercises, registrations, conflicts and free slots. */
public final class ExerciseViews {

    private ExerciseViews() {
    }

    public record ParticipantView(Long agencyId, String agencyName, String agencyType, Long pointOfContactId,
            String pointOfContactName) {
    }

    public record MilestoneView(String kind, LocalDate dueOn) {
    }

    public record ExerciseView(Long id, long version, String title, String type, String category, String scenario,
            String objectives, List<String> coreCapabilities, Long facilityId, String facilityName, String location,
            LocalDateTime startsAt, LocalDateTime endsAt, List<ParticipantView> agencies, Long leadPlannerId,
            String leadPlannerName, int staffCapacity, int agencyCapacity, boolean countsTowardCms,
            boolean communityBased, String status, String cancelReason, LocalDate conductedOn,
            LocalDate afterActionOpenedOn, List<MilestoneView> milestones, String overrideReason,
            String overriddenBy) {
        static ExerciseView of(Exercise x) {
            return new ExerciseView(x.getId(), x.getVersion(), x.getTitle(), x.getType().name(),
                    x.getCategory().name(), x.getScenario().name(), x.getObjectives(),
                    x.getCoreCapabilities().stream().map(Enum::name).sorted().toList(), x.getFacility().getId(),
                    x.getFacility().getName(), x.getLocation(), x.getStartsAt(), x.getEndsAt(),
                    x.getAgencies().stream().map(a -> new ParticipantView(a.getAgency().getId(),
                            a.getAgency().getName(), a.getAgency().getType().name(),
                            a.getPointOfContact() == null ? null : a.getPointOfContact().getId(),
                            a.getPointOfContact() == null ? null : a.getPointOfContact().getDisplayName())).toList(),
                    x.getLeadPlanner() == null ? null : x.getLeadPlanner().getId(),
                    x.getLeadPlanner() == null ? null : x.getLeadPlanner().getDisplayName(), x.getStaffCapacity(),
                    x.getAgencyCapacity(), x.isCountsTowardCms(), x.isCommunityBased(), x.getStatus().name(),
                    x.getCancelReason(), x.getConductedOn(), x.getAfterActionOpenedOn(),
                    x.getMilestones().stream().map(m -> new MilestoneView(m.getKind().name(), m.getDueOn())).toList(),
                    x.getOverrideReason(), x.getOverriddenBy());
        }
    }

    /** A list row: the exercise without its objectives and milestones. */
    public record ExerciseSummary(Long id, long version, String title, String type, String category, String status,
            Long facilityId, String facilityName, String location, LocalDateTime startsAt, LocalDateTime endsAt,
            List<String> agencyNames, boolean countsTowardCms, boolean communityBased) {
        static ExerciseSummary of(Exercise x) {
            return new ExerciseSummary(x.getId(), x.getVersion(), x.getTitle(), x.getType().name(),
                    x.getCategory().name(), x.getStatus().name(), x.getFacility().getId(), x.getFacility().getName(),
                    x.getLocation(), x.getStartsAt(), x.getEndsAt(),
                    x.getAgencies().stream().map(a -> a.getAgency().getName()).toList(), x.isCountsTowardCms(),
                    x.isCommunityBased());
        }
    }

    public record RegistrationView(Long id, long version, Long exerciseId, String side, Long userId, Long contactId,
            Long agencyId, String agencyName, String name, String status, boolean waitlisted,
            LocalDateTime registeredAt, String registeredBy, BigDecimal hours, String cancelReason) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.getId(), r.getVersion(), r.getExercise().getId(), r.getSide().name(),
                    r.getUser() == null ? null : r.getUser().getId(),
                    r.getContact() == null ? null : r.getContact().getId(),
                    r.getAgency() == null ? null : r.getAgency().getId(),
                    r.getAgency() == null ? null : r.getAgency().getName(), r.getPersonName(), r.getStatus().name(),
                    r.isWaitlisted(), r.getRegisteredAt(), r.getRegisteredBy(), r.getHours(), r.getCancelReason());
        }
    }

    public record ConflictView(String kind, String message, Long otherId, String otherTitle, LocalDateTime startsAt,
            LocalDateTime endsAt) {
        static ConflictView of(Conflict c) {
            return new ConflictView(c.kind().name(), c.message(), c.otherId(), c.otherTitle(), c.startsAt(),
                    c.endsAt());
        }
    }

    public record SlotView(LocalDateTime startsAt, LocalDateTime endsAt) {
        static SlotView of(FreeSlot s) {
            return new SlotView(s.startsAt(), s.endsAt());
        }
    }

    public record BlackoutView(Long id, Long agencyId, String agencyName, LocalDate firstDay, LocalDate lastDay,
            String reason) {
        static BlackoutView of(AgencyBlackout b) {
            return new BlackoutView(b.getId(), b.getAgency().getId(), b.getAgency().getName(), b.getFirstDay(),
                    b.getLastDay(), b.getReason());
        }
    }
}
