package org.liaison.domain.sharing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bulletin is in its life: a draft (or an inbound bulletin awaiting a manager's triage), in privacy review
 * when it carries patient information, published and perhaps updated, then expired or withdrawn.
 */
public enum BulletinStatus {
    DRAFT, TRIAGE, PRIVACY_REVIEW, PUBLISHED, UPDATED, EXPIRED, WITHDRAWN;

    /** Published states: recipients have it and may acknowledge it. */
    public static final Set<BulletinStatus> LIVE = EnumSet.of(PUBLISHED, UPDATED);
    /** States that recipients (and not only the editors) may read. */
    public static final Set<BulletinStatus> RELEASED = EnumSet.of(PUBLISHED, UPDATED, EXPIRED, WITHDRAWN);

    public boolean isLive() {
        return LIVE.contains(this);
    }

    public boolean isReleased() {
        return RELEASED.contains(this);
    }
}
