package org.liaison.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by an unreachable database from any other failure, so that callers answer
 * "unavailable, try again" (503) instead of "our bug" (500). Recognised along the cause chain: the JDBC
 * connection exceptions, SQL state class 08 (connection exception, used by PostgreSQL's driver and H2) and 57P0x
 * (PostgreSQL shutting down, as pooled connections see it when the server stops), a refused
 * socket, and the connection pool's "could not allocate" (a {@code jakarta.resource} exception, named by class so
 * this class needs no connector API).
 */
public final class DatabaseOutage {

    private static final int MAX_DEPTH = 16;

    private DatabaseOutage() {
    }

    /** Rethrows {@code failure} as {@link DatabaseUnavailable} when an unreachable database caused it. */
    public static RuntimeException translate(RuntimeException failure) {
        return isCauseOf(failure) && !(failure instanceof DatabaseUnavailable) ? DatabaseUnavailable.from(failure)
                : failure;
    }

    /** The innermost connection failure's class and SQL state, for a one-line log entry (no message text). */
    public static String reason(Throwable failure) {
        String reason = "unknown";
        Throwable current = failure;
        for (int depth = 0; depth < MAX_DEPTH && current != null; depth++) {
            if (current instanceof DatabaseUnavailable known) {
                return known.getReason();
            }
            if (isConnectionFailure(current)) {
                reason = current.getClass().getSimpleName()
                        + (current instanceof SQLException sql && sql.getSQLState() != null
                                ? "/" + sql.getSQLState() : "");
            }
            current = current.getCause();
        }
        return reason;
    }

    public static boolean isCauseOf(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_DEPTH && current != null; depth++) {
            if (isConnectionFailure(current)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof DatabaseUnavailable || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P0x: the server is shutting down, crashed or not yet accepting connections.
            return state.startsWith("08") || state.startsWith("57P");
        }
        return t.getClass().getName().startsWith("jakarta.resource.")
                || "PoolingException".equals(t.getClass().getSimpleName());
    }
}
