package org.liaison.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.liaison.meeting.ActionItemService;

/** The header's flag of the signed-in person's overdue action items, counted once per request. */
@Named
@RequestScoped
public class OverdueBadge {

    @Inject
    ActionItemService items;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = items.myOverdueCount(LocalDate.now());
        }
        return count;
    }
}
