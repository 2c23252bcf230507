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
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("binary_type", binaryType()))
                // A database that has tables but no Flyway history was not made by Liaison: refuse it.
                .baselineOnMigrate(false)
                .load()
                .migrate();
        LOG.info(() -> "event=db.migrated executed=" + result.migrationsExecuted + " version="
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
    }

    /** The one type that differs between the two databases: a column for document bytes. */
    private String binaryType() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "bytea" : "varbinary(16777216)";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product name", e);
        }
    }
}
