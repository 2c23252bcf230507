package org.liaison.web.feedback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.liaison.agency.AgencyFilter;
import org.liaison.agency.AgencyService;
import org.liaison.platform.PageRequest;

/** The lazy agency autocomplete of the feedback pages: the first matches by name within the caller's scope. */
@Named
@RequestScoped
public class Pickers {

    private static final int MATCHES = 12;

    @Inject
    AgencyService agencies;

    public List<Pick> agencies(String query) {
        return agencies.search(new AgencyFilter(query, null, null, null), PageRequest.of(0, MATCHES)).items()
                .stream().map(a -> new Pick(a.id(), a.name())).toList();
    }
}
