package org.liaison.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.CommunityEvent;
import org.liaison.domain.meeting.CommunityEventKind;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.facility.FacilityService;
import org.liaison.meeting.CommunityEventPlan;
import org.liaison.meeting.CommunityEventService;
import org.liaison.meeting.MeetingService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.web.shared.Feedback;

/** events/edit: plan a community event with its agencies and the staff who go. */
@Named
@ViewScoped
public class EventEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityEventService events;

    @Inject
    FacilityService facilities;

    @Inject
    AgencyService agencies;

    @Inject
    MeetingService meetings;

    private Long facilityId;
    private CommunityEventKind kind = CommunityEventKind.COFFEE_WITH_A_COP;
    private String title;
    private LocalDateTime startsAt = LocalDate.now().plusDays(14).atTime(9, 0);
    private LocalDateTime endsAt = LocalDate.now().plusDays(14).atTime(11, 0);
    private String location;
    private String notes;
    private List<Option> agencyChoices = new ArrayList<>();
    private List<Option> staff = new ArrayList<>();
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilityChoices;

    @PostConstruct
    void init() {
        List<Facility> choices = getFacilityChoices();
        if (choices.size() == 1) {
            facilityId = choices.get(0).getId();
        }
    }

    public String save() {
        try {
            CommunityEvent saved = events.create(new CommunityEventPlan(facilityId, kind, title, startsAt, endsAt,
                    location, notes, ids(agencyChoices), ids(staff)));
            Feedback.savedAndRedirecting("event.saved", saved.getTitle());
            return "/events/view?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "event");
        } catch (DomainRuleViolation e) {
            Feedback.invalid(InvalidInput.of(e.getField() == null ? "title" : e.getField(), e.getMessage()), "event");
        }
        return null;
    }

    public List<Option> completeAgencies(String text) {
        return agencies.search(new AgencyFilter(text, null, null, facilityId), PageRequest.of(0, 15)).items().stream()
                .map(a -> new Option(a.id(), a.name())).toList();
    }

    public List<Option> completeStaff(String text) {
        return facilityId == null ? List.of() : meetings.staffNamed(facilityId, text, 15).stream()
                .map(u -> new Option(u.getId(), u.getDisplayName())).toList();
    }

    private static Set<Long> ids(List<Option> options) {
        return options == null ? Set.of() : options.stream().map(Option::id).collect(Collectors.toSet());
    }

    public CommunityEventKind[] getKinds() { return CommunityEventKind.values(); }
    public List<Facility> getFacilityChoices() {
        if (facilityChoices == null) {
            facilityChoices = facilities.list(PageRequest.of(0, 200)).items();
        }
        return facilityChoices;
    }

    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public CommunityEventKind getKind() { return kind; }
    public void setKind(CommunityEventKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<Option> getAgencyChoices() { return agencyChoices; }
    public void setAgencyChoices(List<Option> agencyChoices) { this.agencyChoices = agencyChoices; }
    public List<Option> getStaff() { return staff; }
    public void setStaff(List<Option> staff) { this.staff = staff; }
}
