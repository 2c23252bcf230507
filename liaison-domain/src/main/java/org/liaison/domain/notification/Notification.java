package org.liaison.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Bookkeeping;

/** A message for one person in the app (the header shows how many are unread). */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity implements Bookkeeping {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private UserAccount recipient;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    /** A path inside Liaison to open, e.g. /agreements/view?id=12. */
    @Column(name = "link", length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    public Notification() {
    }

    public Notification(UserAccount recipient, String text, String link, LocalDateTime createdAt) {
        this.recipient = recipient;
        this.text = text.length() > 500 ? text.substring(0, 500) : text;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public UserAccount getRecipient() { return recipient; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getReadAt() { return readAt; }
}
