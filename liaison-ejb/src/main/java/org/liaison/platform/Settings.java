package org.liaison.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Liaison's configuration, from MicroProfile Config (environment variables such as LIAISON_DB_URL map to
 * liaison.db.url). Defaults live in META-INF/microprofile-config.properties.
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "liaison.data.dir", defaultValue = "./liaison-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "liaison.db.url")
    String dbUrl;

    @Inject
    @ConfigProperty(name = "liaison.demo")
    Optional<Boolean> demo;

    @Inject
    @ConfigProperty(name = "liaison.demo.password")
    Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "liaison.demo.scale", defaultValue = "1")
    int demoScale;

    @Inject
    @ConfigProperty(name = "liaison.admin.user")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "liaison.admin.password")
    Optional<String> adminPassword;

    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public boolean embeddedDatabase() {
        return dbUrl.startsWith("jdbc:h2:");
    }

    /** Demo data is on by default for the embedded database and off for PostgreSQL unless asked for. */
    public boolean demoMode() {
        return demo.orElse(embeddedDatabase());
    }

    public Optional<String> demoPassword() {
        return demoPassword.filter(p -> !p.isBlank());
    }

    public int demoScale() {
        return Math.max(1, Math.min(demoScale, 50));
    }

    public Optional<String> adminUser() {
        return adminUser.filter(u -> !u.isBlank());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }
}
