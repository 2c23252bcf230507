package org.liaison.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.domain.notification.Notification;
import org.liaison.notification.NotificationService;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.PagedModel;

/** notifications: what Liaison told you, newest first. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    private PagedModel<Notification> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(notifications::mine, Notification::getId);
    }

    public void markAllRead() {
        int count = notifications.markAllRead();
        Feedback.info("notifications.markedRead", count);
    }

    public String open(Notification notification) {
        notifications.markRead(notification.getId());
        return notification.getLink() == null ? null : notification.getLink() + (notification.getLink().contains("?")
                ? "&" : "?") + "faces-redirect=true";
    }

    public PagedModel<Notification> getModel() { return model; }
}
