package org.liaison.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.Bookkeeping;

/**
 * A person's personal calendar feed: calendar clients fetch it with a random token instead of signing in. Only the
 * token's SHA-256 is stored, so the table gives nobody a working feed address; revoking ends it for good, renewing
 * makes a new one.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends BaseEntity implements Bookkeeping {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(UserAccount user, String token, LocalDateTime at) {
        this.user = user;
        this.tokenHash = hash(token);
        this.createdAt = at;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public UserAccount getUser() { return user; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
}
