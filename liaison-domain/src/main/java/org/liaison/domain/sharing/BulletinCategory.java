package org.liaison.domain.sharing;

/** What kind of information a bulletin shares. */
public enum BulletinCategory {
    THREAT, CONCERN, BOLO, ADVISORY, REQUEST_FOR_ASSISTANCE, SITUATIONAL_UPDATE
}
