package org.liaison.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.agency.AgencySummary;
import org.liaison.domain.account.Role;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.Bulletin;
import org.liaison.domain.sharing.BulletinCategory;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.relationship.WhoToCall;
import org.liaison.sharing.BulletinDraft;
import org.liaison.sharing.BulletinService;
import org.liaison.sharing.PersonOption;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/**
 * bulletins/edit: write a draft (or a new version of a published bulletin): content, label, facilities and the
 * audience, with agencies and people picked by lazy autocomplete. Saving a draft and publishing are separate, so the
 * label's rule on the audience is checked when it goes out.
 */
@Named
@ViewScoped
public class BulletinEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulletinService bulletins;

    @Inject
    AgencyService agencyService;

    @Inject
    WhoToCall whoToCall;

    private Long id;
    private Bulletin bulletin;
    private boolean live;
    private String title;
    private String body;
    private BulletinCategory category;
    private Tlp tlp = Tlp.AMBER;
    private BulletinDirection direction = BulletinDirection.OUTBOUND;
    private List<Long> facilityIds = new ArrayList<>();
    private List<AgencySummary> agencies = new ArrayList<>();
    private List<Long> audienceFacilityIds = new ArrayList<>();
    private List<Role> roles = new ArrayList<>();
    private List<PersonOption> people = new ArrayList<>();
    private boolean everyone;
    private LocalDate validUntil;
    private boolean acknowledgementRequired = true;
    private LocalDate acknowledgementDeadline;
    private boolean patientInformation;
    private String changeNote;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;
    private boolean loaded;
    private final Picker<AgencySummary> agencyPicker = new Picker<>(AgencySummary::id);
    private final Picker<PersonOption> personPicker = new Picker<>(PersonOption::id);

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        List<Facility> choices = getFacilities();
        try {
            if (id == null) {
                if (choices.size() == 1) {
                    facilityIds.add(choices.get(0).getId());
                }
                return;
            }
            bulletin = bulletins.find(id);
            if (!bulletins.edits(id)) {
                throw new RecordNotFound("Bulletin", id);
            }
            live = bulletin.getStatus().isLive();
            title = bulletin.getTitle();
            body = bulletin.getBody();
            category = bulletin.getCategory();
            tlp = bulletin.getTlp();
            direction = bulletin.getDirection();
            facilityIds = bulletin.getFacilities().stream().map(Facility::getId).collect(Collectors.toList());
            agencies = agencyPicker.offer(bulletin.getAudienceAgencies().stream().map(a -> new AgencySummary(a.getId(),
                    a.getVersion(), a.getName(), a.getType(), a.getJurisdiction(), null, null, 0)).toList());
            agencies = new ArrayList<>(agencies);
            audienceFacilityIds = bulletin.getAudienceFacilities().stream().map(Facility::getId)
                    .collect(Collectors.toList());
            roles = new ArrayList<>(bulletin.getAudienceRoles());
            people = new ArrayList<>(personPicker.offer(bulletin.getNamedPeople().stream().map(u -> new PersonOption(
                    u.getId(), u.getDisplayName(), null)).toList()));
            everyone = bulletin.isAudienceEveryone();
            validUntil = bulletin.getValidUntil();
            acknowledgementRequired = bulletin.isAcknowledgementRequired();
            acknowledgementDeadline = bulletin.getAcknowledgementDeadline();
            patientInformation = bulletin.isPatientInformation();
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private AgencySummary agencyPick;
    private PersonOption personPick;

    public void addAgency() {
        if (agencyPick != null && agencies.stream().noneMatch(a -> a.id().equals(agencyPick.id()))) {
            agencies.add(agencyPick);
        }
        agencyPick = null;
    }

    public void removeAgency(AgencySummary agency) {
        agencies.removeIf(a -> a.id().equals(agency.id()));
    }

    public void addPerson() {
        if (personPick != null && people.stream().noneMatch(p -> p.id().equals(personPick.id()))) {
            people.add(personPick);
        }
        personPick = null;
    }

    public void removePerson(PersonOption person) {
        people.removeIf(p -> p.id().equals(person.id()));
    }

    public AgencySummary getAgencyPick() { return agencyPick; }
    public void setAgencyPick(AgencySummary agencyPick) { this.agencyPick = agencyPick; }
    public PersonOption getPersonPick() { return personPick; }
    public void setPersonPick(PersonOption personPick) { this.personPick = personPick; }

    public List<AgencySummary> completeAgency(String query) {
        return agencyPicker.offer(agencyService.search(new AgencyFilter(query, null, null, null),
                new PageRequest(0, 10, "name", true)).items());
    }

    public List<PersonOption> completePerson(String query) {
        return personPicker.offer(bulletins.people(query, 10));
    }

    public String save() {
        return save(false);
    }

    public String saveAndPublish() {
        return save(true);
    }

    private String save(boolean publish) {
        BulletinDraft draft = new BulletinDraft(title, body, category, tlp, direction, new HashSet<>(facilityIds),
                agencies.stream().map(AgencySummary::id).collect(Collectors.toSet()), new HashSet<>(audienceFacilityIds),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                people.stream().map(PersonOption::id).collect(Collectors.toSet()), everyone, validUntil,
                acknowledgementRequired, acknowledgementDeadline, patientInformation);
        Bulletin saved = null;
        try {
            if (bulletin == null) {
                saved = bulletins.create(draft);
            } else if (live) {
                saved = bulletins.revise(id, bulletin.getVersion(), draft, changeNote);
            } else {
                saved = bulletins.updateDraft(id, bulletin.getVersion(), draft);
            }
            // Saving and publishing are two transactions: the page goes on editing the draft just saved, so when
            // publishing is refused (an audience too wide for the label) the next try neither creates a second
            // draft nor takes its own save for someone else's change.
            bulletin = saved;
            id = saved.getId();
            if (publish && !live) {
                saved = bulletins.publish(saved.getId(), saved.getVersion());
            }
            if (publish) {
                Feedback.savedAndRedirecting("bulletin.published", saved.getTitle());
            } else {
                Feedback.savedAndRedirecting("bulletin.saved", saved.getTitle());
            }
            return "/bulletins/view?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "bulletin");
        } catch (DomainRuleViolation e) {
            Feedback.invalid(rename(InvalidInput.of(e.getField() == null ? "bulletin" : e.getField(),
                    e.getMessage())), "bulletin");
        } catch (StaleRecord e) {
            Feedback.stale();
        }
        if (saved != null) {
            // only publishing was refused: say that the draft is kept, beside the reason it did not go out
            Feedback.info("bulletin.savedNotPublished", saved.getTitle());
        }
        return null;
    }

    /** The service's field names that differ from this form's input ids (the audience pickers). */
    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("agencyIds", "agencyPick", "personIds", "personPick"));
    }

    public BulletinCategory[] getCategories() { return BulletinCategory.values(); }
    public Tlp[] getLabels() { return Tlp.values(); }
    public BulletinDirection[] getDirections() {
        return new BulletinDirection[] {BulletinDirection.OUTBOUND, BulletinDirection.INTERNAL};
    }
    public Role[] getAllRoles() { return new Role[] {Role.OFFICER, Role.MANAGER, Role.DIRECTOR}; }
    public Picker<AgencySummary> getAgencyPicker() { return agencyPicker; }
    public Picker<PersonOption> getPersonPicker() { return personPicker; }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = whoToCall.facilities();
        }
        return facilities;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isNew() { return bulletin == null; }
    public boolean isLive() { return live; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public BulletinCategory getCategory() { return category; }
    public void setCategory(BulletinCategory category) { this.category = category; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    public BulletinDirection getDirection() { return direction; }
    public void setDirection(BulletinDirection direction) { this.direction = direction; }
    public List<Long> getFacilityIds() { return facilityIds; }
    public void setFacilityIds(List<Long> facilityIds) { this.facilityIds = facilityIds; }
    public List<AgencySummary> getAgencies() { return agencies; }
    public void setAgencies(List<AgencySummary> agencies) { this.agencies = agencies; }
    public List<Long> getAudienceFacilityIds() { return audienceFacilityIds; }
    public void setAudienceFacilityIds(List<Long> ids) { this.audienceFacilityIds = ids; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public List<PersonOption> getPeople() { return people; }
    public void setPeople(List<PersonOption> people) { this.people = people; }
    public boolean isEveryone() { return everyone; }
    public void setEveryone(boolean everyone) { this.everyone = everyone; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public boolean isAcknowledgementRequired() { return acknowledgementRequired; }
    public void setAcknowledgementRequired(boolean required) { this.acknowledgementRequired = required; }
    public LocalDate getAcknowledgementDeadline() { return acknowledgementDeadline; }
    public void setAcknowledgementDeadline(LocalDate deadline) { this.acknowledgementDeadline = deadline; }
    public boolean isPatientInformation() { return patientInformation; }
    public void setPatientInformation(boolean patientInformation) { this.patientInformation = patientInformation; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
