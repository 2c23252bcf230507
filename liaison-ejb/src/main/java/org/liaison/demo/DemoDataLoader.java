package org.liaison.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.liaison.account.PasswordHasher;
import org.liaison.domain.account.PasswordPolicy;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.platform.Settings;

/** Runs the demo parts in one transaction, or creates the first administrator. */
@Stateless
// Infrastructure for startup and timers only: no page or API resource reaches it, and timers run without a caller.
@jakarta.annotation.security.PermitAll
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** The same seed every time: the demo looks the same on every machine, and tests can rely on its shape. */
    private static final long SEED = 20_260_101L;
    /** One generator for the class: SpotBugs (DMI_RANDOM_USED_ONLY_ONCE) flags a new one per call. */
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    PasswordHasher hasher;

    @Inject
    @Any
    Instance<DemoDataPart> parts;

    /** Seeds the demo data into an empty database; answers whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean seedIfEmpty() {
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (users > 0) {
            return false;
        }
        String password = settings.demoPassword().orElseGet(this::generatePassword);
        DemoContext context = new DemoContext(em, SEED, settings.demoScale(), LocalDate.now(), password);
        long started = System.nanoTime();
        parts.stream().sorted(Comparator.comparingInt(DemoDataPart::order)).forEach(part -> {
            part.seed(context);
            em.flush();
        });
        LOG.info(() -> "event=demo.seeded scale=" + context.scale() + " hospitals=" + context.hospitals().size()
                + " agencies=" + context.agencies().size() + " contacts=" + context.contacts().size()
                + " millis=" + (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createFirstAdministrator() {
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        if (settings.adminUser().isEmpty() || settings.adminPassword().isEmpty()) {
            LOG.warning("event=setup.no-users message=\"No accounts exist. Set LIAISON_ADMIN_USER and"
                    + " LIAISON_ADMIN_PASSWORD and restart to create the first administrator.\"");
            return;
        }
        String username = settings.adminUser().get().trim().toLowerCase(java.util.Locale.ROOT);
        String password = settings.adminPassword().get();
        if (PasswordPolicy.problem(username, password).isPresent()) {
            LOG.severe("event=setup.weak-admin-password message=\"LIAISON_ADMIN_PASSWORD is too weak (at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, not the user name); no administrator created.\"");
            return;
        }
        UserAccount admin = new UserAccount(username, "Administrator", null);
        admin.assign(EnumSet.of(Role.ADMIN), Set.of(), null);
        admin.changePassword(hasher.hash(password), LocalDateTime.now());
        em.persist(admin);
        LOG.info(() -> "event=setup.first-admin user=" + username);
    }

    /** A random password, printed once and kept in a file only its owner can read. */
    private String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = settings.dataDirectory().resolve("demo-password.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        LOG.warning(() -> "event=demo.password message=\"Demo accounts admin, director, manager, officer, partner and"
                + " auditor share the password " + password + " (also in " + file + ", readable only by you)\"");
        return password;
    }
}
