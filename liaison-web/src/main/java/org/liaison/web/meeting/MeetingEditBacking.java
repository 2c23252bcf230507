package org.liaison.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingAttendee;
import org.liaison.domain.meeting.SeriesEdit;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.PartialEdit;
import org.liaison.domain.shared.Tlp;
import org.liaison.facility.FacilityService;
import org.liaison.meeting.MeetingPlan;
import org.liaison.meeting.MeetingService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/**
 * meetings/edit: plan a meeting (or a recurring series) or change a planned one — for an occurrence of a series, this
 * one, this and the following ones, or all of them.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a new meeting repeats; the RRULE follows from the start. */
    public enum MeetingRepeat { NONE, WEEKLY, MONTHLY_WEEKDAY, QUARTERLY_WEEKDAY, CUSTOM }

    @Inject
    MeetingService meetings;

    @Inject
    FacilityService facilities;

    @Inject
    AgencyService agencies;

    private Long id;
    private long version;
    private boolean occurrence;
    private Long facilityId;
    private String title;
    private String location;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String agenda;
    private Tlp tlp = Tlp.GREEN;
    private List<Option> agencyChoices = new ArrayList<>();
    private List<Option> staff = new ArrayList<>();
    private List<Option> contacts = new ArrayList<>();
    private MeetingRepeat repeat = MeetingRepeat.NONE;
    private String customRule;
    private SeriesEdit scope = SeriesEdit.ONE;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilityChoices;

    @PostConstruct
    void init() {
        List<Facility> choices = getFacilityChoices();
        if (choices.size() == 1) {
            facilityId = choices.get(0).getId();
        }
        LocalDateTime nextWeek = LocalDate.now().plusDays(7).atTime(10, 0);
        startsAt = nextWeek;
        endsAt = nextWeek.plusHours(1);
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            Meeting m = meetings.find(id);
            version = m.getVersion();
            occurrence = m.getSeries() != null;
            facilityId = m.getFacility().getId();
            title = m.getTitle();
            location = m.getLocation();
            startsAt = m.getStartsAt();
            endsAt = m.getEndsAt();
            agenda = m.getAgenda();
            tlp = m.getTlp();
            agencyChoices = m.getAgencies().stream().map(a -> new Option(a.getId(), a.getName()))
                    .collect(Collectors.toCollection(ArrayList::new));
            staff = m.getAttendees().stream().filter(a -> a.getUser() != null)
                    .map(a -> new Option(a.getUser().getId(), a.getName()))
                    .collect(Collectors.toCollection(ArrayList::new));
            contacts = m.getAttendees().stream().filter(a -> a.getContact() != null).map(MeetingEditBacking::contact)
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private static Option contact(MeetingAttendee a) {
        return new Option(a.getContact().getId(), a.getName() + " (" + a.getContact().getAgency().getName() + ")");
    }

    public String save() {
        // A change keeps a field left out (null), which is how Faces submits an emptied one; this form shows every
        // field, so a field the planner emptied is sent as empty text, which clears it.
        boolean changing = id != null;
        MeetingPlan plan = new MeetingPlan(facilityId, title, changing ? PartialEdit.fromForm(location) : location,
                startsAt, endsAt, changing ? PartialEdit.fromForm(agenda) : agenda, tlp,
                ids(agencyChoices), ids(staff), ids(contacts), changing ? null : rule());
        try {
            Meeting saved = id == null ? meetings.plan(plan) : meetings.change(id, version, plan, scope);
            Feedback.savedAndRedirecting("meeting.saved", saved.getTitle());
            return "/meetings/view?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "meeting");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(rename(InvalidInput.of(e.getField(), e.getMessage())), "meeting");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            Feedback.stale();
        }
        return null;
    }

    /** The service's field names that differ from this form's input ids. */
    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("attendeeContactIds", "contactIds"));
    }

    /** The RRULE the chosen repetition means for the chosen start, e.g. FREQ=MONTHLY;BYDAY=2TU. */
    String rule() {
        if (startsAt == null) {
            return null;
        }
        String day = startsAt.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2)
                .toUpperCase(Locale.ROOT);
        int nth = (startsAt.getDayOfMonth() - 1) / 7 + 1;
        String byDay = "BYDAY=" + (nth > 4 ? -1 : nth) + day;
        return switch (repeat) {
            case NONE -> null;
            case WEEKLY -> "FREQ=WEEKLY";
            case MONTHLY_WEEKDAY -> "FREQ=MONTHLY;" + byDay;
            case QUARTERLY_WEEKDAY -> "FREQ=MONTHLY;INTERVAL=3;" + byDay;
            case CUSTOM -> customRule == null || customRule.isBlank() ? "" : customRule.strip();
        };
    }

    public List<Option> completeAgencies(String text) {
        return agencies.search(new AgencyFilter(text, null, null, facilityId), PageRequest.of(0, 15)).items().stream()
                .map(a -> new Option(a.id(), a.name())).toList();
    }

    public List<Option> completeStaff(String text) {
        if (facilityId == null) {
            return List.of();
        }
        return meetings.staffNamed(facilityId, text, 15).stream().map(u -> new Option(u.getId(), u.getDisplayName()))
                .toList();
    }

    public List<Option> completeContacts(String text) {
        Set<Long> chosen = ids(agencyChoices);
        return meetings.contactsNamed(chosen, text, 15).stream()
                .map(c -> new Option(c.getId(), c.getDisplayName() + " (" + c.getAgency().getName() + ")")).toList();
    }

    private static Set<Long> ids(List<Option> options) {
        return options == null ? Set.of() : options.stream().map(Option::id).collect(Collectors.toCollection(HashSet::new));
    }

    public boolean isNew() { return id == null; }
    public MeetingRepeat[] getRepeats() { return MeetingRepeat.values(); }
    public SeriesEdit[] getScopes() { return SeriesEdit.values(); }
    public Tlp[] getLabels() { return Tlp.values(); }
    public List<Facility> getFacilityChoices() {
        if (facilityChoices == null) {
            facilityChoices = facilities.list(PageRequest.of(0, 200)).items();
        }
        return facilityChoices;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isOccurrence() { return occurrence; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    public List<Option> getAgencyChoices() { return agencyChoices; }
    public void setAgencyChoices(List<Option> agencyChoices) { this.agencyChoices = agencyChoices; }
    public List<Option> getStaff() { return staff; }
    public void setStaff(List<Option> staff) { this.staff = staff; }
    public List<Option> getContacts() { return contacts; }
    public void setContacts(List<Option> contacts) { this.contacts = contacts; }
    public MeetingRepeat getRepeat() { return repeat; }
    public void setRepeat(MeetingRepeat repeat) { this.repeat = repeat; }
    public String getCustomRule() { return customRule; }
    public void setCustomRule(String customRule) { this.customRule = customRule; }
    public SeriesEdit getScope() { return scope; }
    public void setScope(SeriesEdit scope) { this.scope = scope; }
}
