package org.liaison.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.notification.Notification;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.security.Caller;

/** In-app notifications: each person sees and clears only their own. */
@Stateless
public class NotificationService {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    /** Called by jobs and services to tell someone something; not a user action, so no role is needed. */
    @PermitAll
    public void notify(UserAccount recipient, String text, String link) {
        if (recipient != null) {
            em.persist(new Notification(recipient, text, link, LocalDateTime.now()));
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipient.id = :me and n.readAt is null",
                Long.class).setParameter("me", caller.userId()).getSingleResult();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Page<Notification> mine(PageRequest page) {
        return new Page<>(em.createQuery("select n from Notification n where n.recipient.id = :me"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("me", caller.userId()).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList(),
                em.createQuery("select count(n) from Notification n where n.recipient.id = :me", Long.class)
                        .setParameter("me", caller.userId()).getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public void markRead(Long id) {
        Notification notification = id == null ? null : em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().getId().equals(caller.userId())) {
            throw new RecordNotFound("Notification", id);
        }
        notification.markRead(LocalDateTime.now());
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient.id = :me"
                + " and n.readAt is null").setParameter("now", LocalDateTime.now()).setParameter("me", caller.userId())
                .executeUpdate();
    }
}
