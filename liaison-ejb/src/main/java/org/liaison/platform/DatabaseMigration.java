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
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/liaison";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(() -> "event=db.migrated executed=" + result.migrationsExecuted + " version="
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
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
