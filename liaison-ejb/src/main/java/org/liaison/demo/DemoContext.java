package org.liaison.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;

/**
 * What demo parts share: a seeded random (same data on every run), the scale factor, today's date, and the
 * records earlier parts made.
 */
public final class DemoContext {

    private final EntityManager em;
    private final Random random;
    private final int scale;
    private final LocalDate today;
    private final String password;

    final List<Facility> hospitals = new ArrayList<>();
    final List<Agency> agencies = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();

    DemoContext(EntityManager em, long seed, int scale, LocalDate today, String password) {
        this.em = em;
        this.random = new Random(seed);
        this.scale = scale;
        this.today = today;
        this.password = password;
    }

    public EntityManager em() { return em; }
    public Random random() { return random; }
    public int scale() { return scale; }
    public LocalDate today() { return today; }
    /** The demo accounts' password, only for the part that creates them. */
    String password() { return password; }
    public List<Facility> hospitals() { return hospitals; }
    public List<Agency> agencies() { return agencies; }
    public List<Contact> contacts() { return contacts; }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
