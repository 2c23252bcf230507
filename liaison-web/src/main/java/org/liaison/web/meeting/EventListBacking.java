package org.liaison.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.domain.meeting.CommunityEvent;
import org.liaison.meeting.CommunityEventService;
import org.liaison.web.shared.PagedModel;

/** events/index: community events in scope, newest first. */
@Named
@ViewScoped
public class EventListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityEventService events;

    private PagedModel<CommunityEvent> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> events.search(null, null, null, request), CommunityEvent::getId);
    }

    public PagedModel<CommunityEvent> getModel() { return model; }
}
