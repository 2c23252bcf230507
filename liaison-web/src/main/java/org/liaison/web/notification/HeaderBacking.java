package org.liaison.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.notification.NotificationService;

/** The header's unread-notification count, read once per request. */
@Named
@RequestScoped
public class HeaderBacking {

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
