package org.liaison.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Names the datasource class for a PostgreSQL URL, so that LIAISON_DB_URL, _USER and _PASSWORD are enough to run on
 * PostgreSQL. It sits above the packaged defaults (which name H2's class) and below environment variables and
 * system properties, so an explicit LIAISON_DB_DRIVER still wins. The URL is read where those two sources keep it,
 * because a config source cannot ask the configuration it is part of.
 */
public class DatabaseDriverConfigSource implements ConfigSource {

    static final String DRIVER_KEY = "liaison.db.driver";
    static final String POSTGRESQL_DATASOURCE = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return getValue(DRIVER_KEY) == null ? Set.of() : Set.of(DRIVER_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        String driver = getValue(DRIVER_KEY);
        return driver == null ? Map.of() : Map.of(DRIVER_KEY, driver);
    }

    @Override
    public String getValue(String propertyName) {
        if (!DRIVER_KEY.equals(propertyName)) {
            return null;
        }
        return driverFor(configuredUrl());
    }

    /** The datasource class a JDBC URL needs, or null to keep the default (H2). */
    static String driverFor(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL_DATASOURCE : null;
    }

    private static String configuredUrl() {
        String url = System.getProperty("liaison.db.url");
        return url != null ? url : System.getenv("LIAISON_DB_URL");
    }

    @Override
    public String getName() {
        return "liaison-driver-from-url";
    }

    @Override
    public int getOrdinal() {
        return 200; // above microprofile-config.properties (100), below environment (300) and system properties (400)
    }
}
