package org.liaison.web.agency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.agency.AgencyService;
import org.liaison.agency.ContactCommitments;
import org.liaison.agency.ContactService;
import org.liaison.agency.StillNamedOn;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.web.shared.Choice;
import org.liaison.web.shared.Choices;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** contacts/edit: adds a contact to an agency (agencyId) or changes one (id). */
@Named
@ViewScoped
public class ContactEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_PAGE = 15;

    @Inject
    ContactService contacts;

    @Inject
    AgencyService agencies;

    @Inject
    ContactCommitments commitments;

    private Long id;
    private Long agencyId;
    private Contact contact;
    private Agency agency;
    /** The agency picker's offers: a page of agencies in scope per completion, never the whole directory. */
    private final Choices agencyChoices = new Choices();
    private Choice agencyChoice;
    private java.util.List<org.liaison.domain.agency.ContactAffiliation> history = java.util.List.of();
    /** The day they left, when the manager records it: today unless they say otherwise. */
    private LocalDate leftOn = LocalDate.now();
    /** For someone who left: what is still to come or open and names them, for the manager to hand on. */
    private StillNamedOn stillNamedOn;

    public void load() {
        if (contact != null) {
            return;
        }
        try {
            if (id != null) {
                contact = contacts.find(id);
                agency = contact.getAgency();
            } else {
                agency = agencies.find(agencyId);
                contact = new Contact();
            }
            if (!agencies.canEdit(agency.getId())) {
                Faces.responseSendError(404, "Not found");
                return;
            }
            agencyChoice = agencyChoices.offer(new Choice(agency.getId(), agency.getName()));
            if (!contact.isNew()) {
                history = java.util.List.copyOf(contact.getAffiliations());
            }
            if (contact.hasLeft()) {
                stillNamedOn = commitments.of(contact.getId());
            }
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        try {
            Contact saved = contact.isNew() ? contacts.create(contact, agency.getId())
                    : contacts.update(contact, agencyChoice == null ? null : agencyChoice.id());
            Feedback.savedAndRedirecting("contact.saved", saved.getDisplayName());
            return "/agencies/view?faces-redirect=true&id=" + saved.getAgency().getId();
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "contact");
        } catch (StaleRecord e) {
            Feedback.stale();
        } catch (RecordNotFound e) {
            Feedback.error("contact.outOfScope");
        }
        return null;
    }

    /** The service's field names that differ from this form's input ids. */
    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("agencyId", "agencyChoice"));
    }

    public String delete() {
        return attempt(() -> {
            contacts.delete(contact.getId(), contact.getVersion());
            Feedback.savedAndRedirecting("contact.deleted", contact.getDisplayName());
            return "/agencies/view?faces-redirect=true&id=" + agency.getId();
        });
    }

    /**
     * Records that they left the agency; they stay on every record, leave the directory and give up their places at
     * upcoming exercises. Their page then lists what still names them, for the manager to hand on.
     */
    public String markLeft() {
        return attempt(() -> {
            ContactService.Departure departure = contacts.markLeft(contact.getId(), contact.getVersion(), leftOn,
                    LocalDate.now());
            Contact left = departure.contact();
            Feedback.savedAndRedirecting("contact.leftRecorded", left.getDisplayName(), left.getLeftOn(),
                    departure.cancelledRegistrations());
            return "/contacts/edit?faces-redirect=true&id=" + left.getId();
        });
    }

    /** Their departure was recorded by mistake: they are listed again. */
    public String undoLeft() {
        return attempt(() -> {
            Contact back = contacts.undoLeaving(contact.getId(), contact.getVersion());
            Feedback.savedAndRedirecting("contact.leftUndone", back.getDisplayName());
            return "/contacts/edit?faces-redirect=true&id=" + back.getId();
        });
    }

    /**
     * One of the contact's moves, answered on this page when refused: beside the field a rule names, or on top (a
     * rule about the whole record, someone else's change, the contact gone). Answers where to go next, or null to stay.
     */
    private String attempt(java.util.function.Supplier<String> move) {
        try {
            return move.get();
        } catch (StaleRecord e) {
            Feedback.stale();
        } catch (RecordNotFound e) {
            Feedback.error("contact.gone");
        } catch (DomainRuleViolation e) {
            if (e.getField() == null) {
                Feedback.refused(e.getMessage());
            } else {
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "contact");
            }
        }
        return null;
    }

    public StillNamedOn getStillNamedOn() { return stillNamedOn; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
    public LocalDate getToday() { return LocalDate.now(); }
    public org.liaison.domain.agency.JointRole[] getJointRoles() { return org.liaison.domain.agency.JointRole.values(); }
    public org.liaison.domain.agency.ContactMethod[] getMethods() { return org.liaison.domain.agency.ContactMethod.values(); }
    public Choice getAgencyChoice() { return agencyChoice; }
    public void setAgencyChoice(Choice agencyChoice) { this.agencyChoice = agencyChoice; }
    public Choices getAgencyChoices() { return agencyChoices; }

    /** Agencies in the caller's scope whose name contains what the user typed, a page at a time. */
    public java.util.List<Choice> completeAgency(String text) {
        return agencyChoices.offer(agencies.search(new org.liaison.agency.AgencyFilter(text, null, null, null),
                new org.liaison.platform.PageRequest(0, PICKER_PAGE, "name", true)).items().stream()
                .map(a -> new Choice(a.id(), a.name())).toList());
    }
    public java.util.List<org.liaison.domain.agency.ContactAffiliation> getHistory() { return history; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public Contact getContact() { return contact; }
    public Agency getAgency() { return agency; }
}
