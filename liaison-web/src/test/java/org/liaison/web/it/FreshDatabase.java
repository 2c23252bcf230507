package org.liaison.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Empties the integration-test database before a test class's Payara starts, so every class meets the same fresh
 * database (migrated and loaded with the demo data by the application itself) whatever ran before it, in this run or
 * an earlier one. On H2 the data directory the failsafe configuration names is deleted; on PostgreSQL every table,
 * sequence and function in the test role's schema is dropped.
 */
final class FreshDatabase {

    private static final Logger LOG = Logger.getLogger(FreshDatabase.class.getName());

    private FreshDatabase() {
    }

    static void reset() {
        if ("postgresql".equals(System.getProperty("it.db"))) {
            dropPostgresqlObjects();
        } else {
            deleteH2DataDirectory();
        }
    }

    private static void deleteH2DataDirectory() {
        String configured = System.getenv("LIAISON_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("LIAISON_DATA_DIR is not set: run the integration tests through Maven"
                    + " (./mvnw verify), whose failsafe configuration sets it.");
        }
        Path directory = Path.of(configured).toAbsolutePath().normalize();
        // never anything but the build's own test data directory (target/it-data-h2)
        if (!directory.getFileName().toString().startsWith("it-data-")
                || !"target".equals(directory.getParent().getFileName().toString())) {
            throw new IllegalStateException("Refusing to delete " + directory + ": not a target/it-data-* directory.");
        }
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + directory, e);
        }
        LOG.info(() -> "event=it.database.fresh db=h2 directory=" + directory);
    }

    private static void dropPostgresqlObjects() {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(System.getProperty("it.pg.url"));
        database.setUser(System.getProperty("it.pg.user"));
        database.setPassword(System.getProperty("it.pg.password"));
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // Objects, not the schema: the test role owns what the application created, not necessarily the schema.
            statement.execute("""
                    do $$
                    declare
                        item record;
                    begin
                        for item in select tablename from pg_tables where schemaname = current_schema()
                        loop
                            execute format('drop table if exists %I cascade', item.tablename);
                        end loop;
                        for item in select sequence_name from information_schema.sequences
                                where sequence_schema = current_schema()
                        loop
                            execute format('drop sequence if exists %I cascade', item.sequence_name);
                        end loop;
                        for item in select p.oid::regprocedure as signature from pg_proc p
                                join pg_namespace n on n.oid = p.pronamespace where n.nspname = current_schema()
                        loop
                            execute format('drop function if exists %s cascade', item.signature);
                        end loop;
                    end
                    $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the PostgreSQL test database "
                    + System.getProperty("it.pg.url") + ": " + e.getMessage(), e);
        }
        LOG.info(() -> "event=it.database.fresh db=postgresql url=" + System.getProperty("it.pg.url"));
    }
}
