package org.liaison.web.facility;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.domain.facility.Facility;
import org.liaison.facility.FacilityService;
import org.liaison.web.shared.PagedModel;

/** facilities/index: the hospitals and sites in the user's scope. */
@Named
@ViewScoped
public class FacilityListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacilityService facilities;

    private PagedModel<Facility> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> facilities.list(request), Facility::getId);
    }

    public PagedModel<Facility> getModel() { return model; }
}
