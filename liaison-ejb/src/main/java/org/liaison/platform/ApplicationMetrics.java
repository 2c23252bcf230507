package org.liaison.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** Liaison's own figures under /metrics?scope=application. */
@ApplicationScoped
public class ApplicationMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @org.eclipse.microprofile.metrics.annotation.Gauge(name = "liaison_sql_statements", absolute = true, unit = "none",
            description = "SQL statements sent to the database by this instance since it started")
    public long sqlStatements() {
        return SqlStatementCounter.count();
    }

    /** Counts sign-in outcomes: success, failure, locked. */
    public void signIn(String outcome) {
        registry.counter("liaison_sign_ins", new org.eclipse.microprofile.metrics.Tag("outcome", outcome)).inc();
    }

}
