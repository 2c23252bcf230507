package org.liaison.domain.sharing;

/** One recipient's progress with a bulletin: it reached them, they opened it, they acknowledged it. */
public enum RecipientStatus {
    DELIVERED, OPENED, ACKNOWLEDGED
}
