package org.liaison.platform;

import jakarta.ejb.ApplicationException;

/**
 * The database cannot be reached. An application exception, so the EJB container rolls back without logging the
 * whole cause chain as a "system exception" on every request of an outage: the caller answers 503 and the outage is
 * logged once, as an event line.
 */
@ApplicationException(rollback = true)
public class DatabaseUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailable(String message) {
        super(message);
    }

    /** Keeps only the cause's message: the chain below a known outage is noise, not evidence. */
    public static DatabaseUnavailable from(Throwable cause) {
        return new DatabaseUnavailable("database unreachable: " + DatabaseOutage.reason(cause));
    }
}
