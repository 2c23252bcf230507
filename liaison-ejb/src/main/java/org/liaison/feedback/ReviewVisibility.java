package org.liaison.feedback;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.liaison.domain.feedback.ReviewStatus;
import org.liaison.domain.shared.Tlp;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * Who sees which reviews, as a query condition (the record-by-id check is {@code Review.isSharedWith} and the
 * facility scope): staff by facility through {@link Scope}; a partner only reviews addressed to their agency, from
 * agency input on, under a label that admits the recipient organisation.
 */
@Dependent
public class ReviewVisibility {

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    /** Labels under which a partner agency may read a review addressed to it. */
    static Set<Tlp> partnerLabels() {
        Set<Tlp> labels = EnumSet.noneOf(Tlp.class);
        Arrays.stream(Tlp.values()).filter(t -> t.admits(new Tlp.Reader(false, false, true))).forEach(labels::add);
        return labels;
    }

    /** The condition on review alias {@code r}; its parameters go into {@code params} (scope ones via bind). */
    public String condition(Map<String, Object> params) {
        if (caller.isPartner()) {
            params.put("partnerAgency", caller.partnerAgencyId());
            params.put("sharedStatuses", ReviewStatus.SHARED);
            params.put("partnerLabels", partnerLabels());
            return "exists (select ra.id from Review rp join rp.agencies ra where rp = r and ra.id = :partnerAgency)"
                    + " and r.status in :sharedStatuses and r.tlp in :partnerLabels";
        }
        return scope.byFacility("r.facility.id");
    }
}
