package org.liaison.agreement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.agreement.AgreementStatus;
import org.liaison.notification.NotificationService;

/**
 * Applies the calendar to agreements: signed ones come into force, ones inside their notice window become expiring,
 * ones past their expiry become expired — and tells each owner. Idempotent: a second run on the same day finds
 * nothing left to change, so nobody is told twice.
 */
@Stateless
public class AgreementCalendar {

    private static final Logger LOG = Logger.getLogger(AgreementCalendar.class.getName());

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @EJB
    NotificationService notifications;

    @EJB
    AuditTrail audit;

    /** The daily job's entry point (no caller); see {@link AgreementDailyJob}. */
    @PermitAll
    public int apply(LocalDate today) {
        List<Agreement> candidates = em.createQuery("select g from Agreement g where g.status in :statuses",
                Agreement.class).setParameter("statuses", List.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE,
                        AgreementStatus.RENEWED, AgreementStatus.EXPIRING))
                // parties and owners of all candidates in one query each (the audit snapshot and the notice read
                // them), not one per agreement
                .setHint("eclipselink.batch", "g.agencies").setHint("eclipselink.batch", "g.facilities")
                .setHint("eclipselink.batch", "g.owner").setHint("eclipselink.batch", "g.clauses")
                .setHint("eclipselink.batch.type", "IN").getResultList();
        int changed = 0;
        for (Agreement agreement : candidates) {
            var before = agreement.auditSnapshot();
            if (agreement.applyCalendar(today)) {
                changed++;
                audit.changed(before, agreement);
                tellOwner(agreement);
            }
        }
        int count = changed;
        LOG.info(() -> "event=agreements.calendar date=" + today + " changed=" + count);
        return changed;
    }

    /** An administrator runs the check now (for example after fixing dates), with the same effect as the job. */
    @RolesAllowed(Role.ADMIN_)
    public int runNow(LocalDate today) {
        return apply(today);
    }

    private void tellOwner(Agreement agreement) {
        String text = switch (agreement.getStatus()) {
            case EXPIRING -> "Agreement \"" + agreement.getTitle() + "\" expires on " + agreement.getExpiresOn()
                    + ": start the renewal.";
            case EXPIRED -> "Agreement \"" + agreement.getTitle() + "\" expired on " + agreement.getExpiresOn() + ".";
            case ACTIVE -> "Agreement \"" + agreement.getTitle() + "\" is now in force.";
            default -> null;
        };
        if (text != null) {
            notifications.notify(agreement.getOwner(), text, "/agreements/view?id=" + agreement.getId());
        }
    }
}
