package org.liaison.web.agency;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.agency.AgencySummary;
import org.liaison.domain.agency.AgencyType;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.web.shared.PagedModel;

/** agencies/index: the directory, searched, sorted and paged in the database. */
@Named
@ViewScoped
public class AgencyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyService agencies;

    private String name;
    private AgencyType type;
    private String jurisdiction;
    private PagedModel<AgencySummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(this::fetch, AgencySummary::id);
    }

    Page<AgencySummary> fetch(PageRequest request) {
        return agencies.search(new AgencyFilter(name, type, jurisdiction, null), request);
    }

    /** A new search starts on the first page. */
    public void search() {
        PagedModel.showFirstPage("agencies:table");
    }

    public void clear() {
        name = null;
        type = null;
        jurisdiction = null;
        search();
    }

    public AgencyType[] getTypes() {
        return AgencyType.values();
    }

    public PagedModel<AgencySummary> getModel() { return model; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public AgencyType getType() { return type; }
    public void setType(AgencyType type) { this.type = type; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
}
