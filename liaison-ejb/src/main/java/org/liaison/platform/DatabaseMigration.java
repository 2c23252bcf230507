package org.liaison.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches the database. Every other startup bean names this one
 * in {@code @DependsOn}. The datasource is defined here, from MicroProfile Config: an H2 file in the data
 * directory by default, PostgreSQL when LIAISON_DB_URL (and friends) say so.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "${MPCONFIG=liaison.db.driver}",
        url = "${MPCONFIG=liaison.db.url}",
        user = "${MPCONFIG=liaison.db.user}",
        password = "${MPCONFIG=liaison.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        // Validation asks the server (Connection.isValid): "auto-commit" never left the JVM on PostgreSQL, so a
        // connection that died with the server was lent out after a restart. One dead connection found means the
        // server went away: the pool drops them all rather than failing one request per stale connection.
        // A connection is validated at most once every 2 s: validating on every loan loaded the validator class
        // through the application's class loader each time, and under load (16 users) requests queued on that
        // loader's lock (JFR: 6,475 waits of 28 ms on average in 10 minutes). A request that meets a connection
        // which died within those 2 s gets the 503 of the database breaker, as for any outage.
        // Connections are never matched to a caller (one user for the whole pool): matching read the credentials
        // of a javax.security.auth.Subject under a lock on every loan.
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.match-connections=false",
                "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/liaison";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    /** The process's exit status when the database is refused: EX_CONFIG of sysexits.h. */
    static final int EXIT_REFUSED = 78;

    @PostConstruct
    void migrate() {
        MigrateResult result;
        try {
            result = flyway(dataSource).migrate();
        } catch (RuntimeException failure) {
            refuse(failure);
            throw failure;
        }
        LOG.info(() -> "event=db.migrated executed=" + result.migrationsExecuted + " version="
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
    }

    /**
     * Liaison cannot run on this database. Without this, Payara logs the cause inside several long stack traces,
     * prints "ready" and keeps running with no application (its own 404 pages). Instead: one line that says why, on
     * the log and on standard error, and the process ends with status 78, so whoever started it (a terminal,
     * systemd, a container platform) sees it stop and why. Payara Micro runs this one application, so there is
     * nothing else in the process to keep alive.
     */
    private static void refuse(RuntimeException failure) {
        String reason = refusalReason(failure);
        String line = "event=db.refused reason=" + reason + " action=exit status=" + EXIT_REFUSED + " detail=\""
                + oneLine(failure) + "\"";
        LOG.severe(line);
        System.err.println("Liaison cannot start: " + line);
        System.err.flush();
        // Exit from another thread: this one is inside the deployment, which the shutdown must be able to stop.
        Thread exit = new Thread(() -> System.exit(EXIT_REFUSED), "liaison-refused-database");
        exit.start();
        try {
            exit.join(15_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(EXIT_REFUSED); // the orderly shutdown did not finish in 15 s
    }

    /** A stable word for what went wrong, for alerts and searches; the detail carries Flyway's own words. */
    static String refusalReason(Throwable failure) {
        String text = String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (text.contains("no schema history table")) {
            return "tables-without-flyway-history";
        }
        if (text.contains("cannot read the database product name")) {
            return "database-unreachable";
        }
        if (failure instanceof org.flywaydb.core.api.exception.FlywayValidateException) {
            return "migrations-differ-from-database";
        }
        return "migration-failed";
    }

    private static String oneLine(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 600; t = t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t.getMessage());
        }
        return text.toString().replaceAll("\\s+", " ").replace('"', '\'').trim();
    }

    /**
     * Liaison's migrations for the database behind {@code dataSource}: the shared ones in db/migration, plus, on
     * PostgreSQL, the guards in db/postgresql (repeatable, so they never take a version number the shared ones need).
     * Public so that a test can migrate a database the way the application does.
     */
    public static Flyway flyway(DataSource dataSource) {
        boolean postgresql = isPostgresql(dataSource);
        String[] locations = postgresql ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .placeholders(Map.of("binary_type", postgresql ? "bytea" : "varbinary(16777216)"))
                // A database that has tables but no Flyway history was not made by Liaison: refuse it.
                .baselineOnMigrate(false)
                .load();
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product name", e);
        }
    }
}
