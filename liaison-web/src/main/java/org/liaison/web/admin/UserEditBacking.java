package org.liaison.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.liaison.account.AccountDetails;
import org.liaison.account.AccountService;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.platform.PageRequest;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Choice;
import org.liaison.web.shared.Choices;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** admin/users/edit: create an account, set its roles and scope, disable it, reset its password. */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_PAGE = 15;

    @Inject
    AccountService accounts;

    @Inject
    AgencyService agencies;

    private Long id;
    private UserAccount account;
    private String username;
    private String displayName;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private List<Long> facilityIds = new ArrayList<>();
    /** The partner agency picker's offers: a page of agencies per completion, never the whole directory. */
    private final Choices agencyChoices = new Choices();
    private Choice partnerAgency;
    private String password;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilities;
    private boolean loaded;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            getFacilities(); // refused here, with the page, for a caller who may not see them
            if (id != null) {
                account = accounts.find(id);
                username = account.getUsername();
                displayName = account.getDisplayName();
                email = account.getEmail();
                roles = new ArrayList<>(account.getRoles());
                facilityIds = account.getFacilities().stream().map(Facility::getId).toList();
                facilityIds = new ArrayList<>(facilityIds);
                Agency agency = account.getPartnerAgency();
                partnerAgency = agency == null ? null : agencyChoices.offer(new Choice(agency.getId(), agency.getName()));
            }
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public String save() {
        try {
            AccountDetails details = new AccountDetails(username, displayName, email,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), new HashSet<>(facilityIds),
                    partnerAgency == null ? null : partnerAgency.id());
            UserAccount saved = account == null ? accounts.create(details, password)
                    : accounts.update(account.getId(), account.getVersion(), details);
            Feedback.savedAndRedirecting("user.saved", saved.getUsername());
            return "/admin/users/index?faces-redirect=true";
        } catch (InvalidInput e) {
            Feedback.invalid(e, "user");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                // the account's rules name the field they are about (roles, partnerAgencyId, facilityIds)
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage() + "."), "user");
            } else {
                Feedback.refused(e.getMessage() + ".");
            }
        } catch (StaleRecord e) {
            Feedback.stale();
        }
        return null;
    }

    public void toggleEnabled() {
        try {
            account = accounts.setEnabled(account.getId(), !account.isEnabled());
            if (account.isEnabled()) {
                Feedback.info("user.enabled");
            } else {
                Feedback.info("user.disabled");
            }
        } catch (InvalidInput e) {
            Feedback.refused(e.getFieldErrors().values().iterator().next());
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(account.getId(), password);
            password = null;
            account = accounts.find(account.getId());
            Feedback.info("user.passwordReset");
        } catch (InvalidInput e) {
            Feedback.invalid(e, "user");
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UserAccount getAccount() { return account; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public List<Long> getFacilityIds() { return facilityIds; }
    public void setFacilityIds(List<Long> facilityIds) { this.facilityIds = facilityIds; }
    public Choice getPartnerAgency() { return partnerAgency; }
    public void setPartnerAgency(Choice partnerAgency) { this.partnerAgency = partnerAgency; }
    public Choices getAgencyChoices() { return agencyChoices; }

    /** Agencies whose name contains what the administrator typed, a page at a time. */
    public List<Choice> completeAgency(String text) {
        return agencyChoices.offer(agencies.search(new AgencyFilter(text, null, null, null),
                new PageRequest(0, PICKER_PAGE, "name", true)).items().stream()
                .map(a -> new Choice(a.id(), a.name())).toList());
    }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = accounts.facilities();
        }
        return facilities;
    }

}
