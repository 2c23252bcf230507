package org.liaison.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.disclosure.DisclosureFilter;
import org.liaison.disclosure.DisclosureRow;
import org.liaison.disclosure.DisclosureService;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;
import org.liaison.domain.sharing.disclosure.DisclosureStatus;
import org.liaison.web.shared.PagedModel;

/** disclosures/index: disclosures in scope, newest first, patient identifiers masked. */
@Named
@ViewScoped
public class DisclosureListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService disclosures;

    private DisclosureStatus status;
    private DisclosureBasis basis;
    private PagedModel<DisclosureRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(r -> disclosures.search(new DisclosureFilter(status, basis, null, null, null, null,
                null), r), DisclosureRow::id);
    }

    public void search() {
        PagedModel.showFirstPage("disclosures:table");
    }

    public DisclosureStatus[] getStatuses() { return DisclosureStatus.values(); }
    public DisclosureBasis[] getBases() { return DisclosureBasis.values(); }
    public PagedModel<DisclosureRow> getModel() { return model; }
    public DisclosureStatus getStatus() { return status; }
    public void setStatus(DisclosureStatus status) { this.status = status; }
    public DisclosureBasis getBasis() { return basis; }
    public void setBasis(DisclosureBasis basis) { this.basis = basis; }
}
