package org.liaison.web.agreement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.agreement.AgreementFilter;
import org.liaison.agreement.AgreementService;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.agreement.AgreementStatus;
import org.liaison.web.shared.PagedModel;

/** agreements/index: agreements in scope by expiry, with an "expiring within 90 days" shortcut. */
@Named
@ViewScoped
public class AgreementListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementService agreements;

    private AgreementStatus status;
    private boolean expiringSoon;
    private PagedModel<Agreement> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> agreements.search(new AgreementFilter(null, null, status,
                expiringSoon ? 90 : null), LocalDate.now(), request), Agreement::getId);
    }

    /** Opens the list with the chosen filters in its address (bookmarkable; the first page of the result). */
    public String search() {
        return "/agreements/index?faces-redirect=true&includeViewParams=true";
    }

    public boolean inNoticeWindow(Agreement agreement) {
        return agreement.isInForce() && agreement.isInNoticeWindow(LocalDate.now());
    }

    public AgreementStatus[] getStatuses() { return AgreementStatus.values(); }
    public PagedModel<Agreement> getModel() { return model; }
    public AgreementStatus getStatus() { return status; }
    public void setStatus(AgreementStatus status) { this.status = status; }
    public boolean isExpiringSoon() { return expiringSoon; }
    public void setExpiringSoon(boolean expiringSoon) { this.expiringSoon = expiringSoon; }
}
