package org.liaison.platform;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements this instance sends, exposed as the metric liaison_sql_statements_total. It makes
 * "the board costs one query whatever its size" observable in production and testable from outside (an N+1 shows
 * as a count that grows with the rows). Registered in persistence.xml; the count is per instance by nature.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    @Override
    public void postExecuteCall(SessionEvent event) {
        STATEMENTS.incrementAndGet();
    }

    public static long count() {
        return STATEMENTS.get();
    }
}
