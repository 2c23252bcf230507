package org.liaison.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a statement that failed for lack of a connection three times, sleeping 5 s between attempts:
 * while the database is down every request waited 10 s for its 503. The pool already validates a connection before
 * lending it (a connection that died while idle is replaced there), so a retry buys nothing: fail at once.
 */
public class OutageSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
