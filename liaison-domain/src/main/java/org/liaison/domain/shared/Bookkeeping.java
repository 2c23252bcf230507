package org.liaison.domain.shared;

/**
 * A record Liaison keeps about its own use (the audit trail, sign-in throttling, a person's notifications, their
 * calendar address), never counted in any figure. Writing one leaves the figures kept to spare the database as they
 * are ({@link DataChanges}): every sign-in writes an audit entry, and a director's home should not count everything
 * again because a colleague signed in.
 */
public interface Bookkeeping {
}
