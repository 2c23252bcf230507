package org.liaison.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.sharing.Bulletin;
import org.liaison.domain.sharing.BulletinCategory;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.sharing.BulletinRecipient;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.sharing.BulletinVersion;
import org.liaison.domain.sharing.disclosure.AccountingSuspension;
import org.liaison.domain.sharing.disclosure.Disclosure;
import org.liaison.domain.sharing.disclosure.DisclosureBasis;
import org.liaison.domain.sharing.disclosure.LegalDocument;
import org.liaison.domain.shared.Tlp;

/**
 * Three years of information sharing: about 150 bulletins a year across every TLP label (outbound to the agencies a
 * hospital works with, inbound from them, internal), acknowledged by most recipients within days and a few still
 * overdue; about 3,000 disclosures a year across the six 164.512(f) bases, approved except the latest; one suspension
 * of the accounting in force. Also a second partner account ({@code partner2}, a sheriff's office serving the home
 * hospital), so partner reach can be shown and tested across two agencies.
 */
@Dependent
public class SharingDemoData implements DemoDataPart {

    private static final Logger LOG = Logger.getLogger(SharingDemoData.class.getName());
    private static final int BULLETINS_PER_YEAR = 150;
    private static final int DISCLOSURES_PER_YEAR = 3000;
    private static final int YEARS = 3;

    private static final String[][] TOPICS = {
        {"THREAT", "Threat against ED staff by a discharged patient's relative"},
        {"THREAT", "Online threat naming the maternity unit"},
        {"CONCERN", "Repeated loitering in parking structure B at night"},
        {"CONCERN", "Catalytic converter thefts in the staff lot"},
        {"BOLO", "Be on the lookout: grey sedan seen circling the ambulance bay"},
        {"BOLO", "Be on the lookout: missing elderly patient with dementia"},
        {"ADVISORY", "Road closure around the hospital for the marathon"},
        {"ADVISORY", "New visitor screening at the main entrance"},
        {"REQUEST_FOR_ASSISTANCE", "Extra patrols requested during the night shift change"},
        {"REQUEST_FOR_ASSISTANCE", "Support requested for a forensic patient transfer"},
        {"SITUATIONAL_UPDATE", "Demonstration planned outside the main entrance"},
        {"SITUATIONAL_UPDATE", "Power outage drill on the east campus"}};
    private static final String[] PURPOSES = {"Locating a missing person", "Investigation of an assault in the ED",
        "Court-ordered records production", "Identification of a suspect", "Death investigation",
        "Report of a crime on the premises", "Victim statement with consent", "Emergency report of a shooting"};
    private static final String[] DESCRIPTIONS = {"Date and time of admission and discharge",
        "Name, address and date of birth", "Description of injuries", "Blood type and distinguishing marks",
        "Treatment summary for the date of the incident", "Time of death and circumstances"};

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed(DemoContext context) {
        long started = System.nanoTime();
        EntityManager em = context.em();
        UserAccount director = one(em, "director");
        Facility home = context.hospitals().get(0);
        Map<Long, List<Agency>> agenciesByFacility = new HashMap<>();
        em.createQuery("select r.facility.id, r.agency from Relationship r order by r.id", Object[].class)
                .getResultList().forEach(r -> agenciesByFacility.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((Agency) r[1]));
        Map<Long, List<UserAccount>> managers = new HashMap<>();
        em.createQuery("select u, f.id from UserAccount u join u.roles r join u.facilities f where r = :m",
                Object[].class).setParameter("m", Role.MANAGER).getResultList()
                .forEach(r -> managers.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add((UserAccount) r[0]));
        Map<Long, List<UserAccount>> partners = new HashMap<>();
        UserAccount partner2 = secondPartner(context, home, agenciesByFacility.getOrDefault(home.getId(), List.of()));
        em.createQuery("select u from UserAccount u where u.partnerAgency is not null", UserAccount.class)
                .getResultList().forEach(u -> partners.computeIfAbsent(u.getPartnerAgency().getId(),
                        k -> new ArrayList<>()).add(u));
        if (partner2 != null) {
            partners.computeIfAbsent(partner2.getPartnerAgency().getId(), k -> new ArrayList<>()).add(partner2);
        }
        int bulletins = bulletins(context, agenciesByFacility, managers, partners);
        long bulletinsDone = System.nanoTime();
        em.flush();
        long flushed = System.nanoTime();
        int disclosures = disclosures(context, agenciesByFacility, director);
        long done = System.nanoTime();
        LOG.info(() -> "event=demo.sharing bulletins=" + bulletins + " disclosures=" + disclosures + " millis="
                + (done - started) / 1_000_000 + " bulletinsMillis=" + (bulletinsDone - started) / 1_000_000
                + " flushMillis=" + (flushed - bulletinsDone) / 1_000_000 + " disclosuresMillis="
                + (done - flushed) / 1_000_000);
    }

    private static UserAccount one(EntityManager em, String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultList().stream().findFirst().orElse(null);
    }

    /** A sheriff's deputy (or another agency's liaison) serving the home hospital, with the demo password. */
    private UserAccount secondPartner(DemoContext context, Facility home, List<Agency> serving) {
        UserAccount partner = one(context.em(), "partner");
        if (partner == null || one(context.em(), "partner2") != null) {
            return null;
        }
        Long first = partner.getPartnerAgency().getId();
        Agency agency = serving.stream().filter(a -> !a.getId().equals(first) && a.getType() == AgencyType.SHERIFF)
                .findFirst().orElse(serving.stream().filter(a -> !a.getId().equals(first)).findFirst().orElse(null));
        if (agency == null) {
            return null;
        }
        UserAccount second = new UserAccount("partner2", "Sam Partner (" + agency.getName() + ")",
                "partner2@health.example.org");
        second.assign(EnumSet.of(Role.PARTNER), Set.of(), agency);
        second.changePassword(partner.getPasswordHash(), LocalDateTime.now());
        context.em().persist(second);
        return second;
    }

    private int bulletins(DemoContext context, Map<Long, List<Agency>> agenciesByFacility,
            Map<Long, List<UserAccount>> managers, Map<Long, List<UserAccount>> partners) {
        EntityManager em = context.em();
        LocalDate today = context.today();
        List<Facility> hospitals = context.hospitals();
        int total = BULLETINS_PER_YEAR * YEARS * context.scale();
        int days = 365 * YEARS;
        for (int i = 0; i < total; i++) {
            // the newest first, so the last weeks are dense enough to show live and overdue bulletins
            LocalDate on = today.minusDays((long) i * days / total + context.between(0, 1));
            Facility facility = i % 4 == 0 ? hospitals.get(0) : context.pick(hospitals);
            List<UserAccount> authors = managers.getOrDefault(facility.getId(), List.of());
            List<Agency> agencies = agenciesByFacility.getOrDefault(facility.getId(), List.of());
            if (authors.isEmpty() || agencies.isEmpty()) {
                continue;
            }
            UserAccount author = authors.stream().filter(u -> u.getUsername().equals("manager")).findFirst()
                    .orElse(context.pick(authors));
            Tlp tlp = Tlp.values()[i % 5 == 4 && context.chance(0.5) ? 4 : context.between(0, 3)];
            String[] topic = TOPICS[context.random().nextInt(TOPICS.length)];
            BulletinDirection direction = tlp == Tlp.RED || context.chance(0.7) ? BulletinDirection.OUTBOUND
                    : context.chance(0.5) ? BulletinDirection.INTERNAL : BulletinDirection.INBOUND;
            Agency source = direction == BulletinDirection.INBOUND ? context.pick(agencies) : null;
            UserAccount writer = source != null && partners.containsKey(source.getId())
                    ? partners.get(source.getId()).get(0) : author;
            Bulletin b = new Bulletin(writer, direction, on.atTime(8 + i % 9, (i * 7) % 60));
            boolean ack = tlp != Tlp.CLEAR && context.chance(0.8);
            LocalDate validUntil = on.plusDays(context.between(14, 90));
            b.write(topic[1], "<p>" + topic[1] + ".</p><ul><li>Reported by the " + facility.getName()
                    + " security desk</li><li>Contact the shift supervisor with any information</li></ul>",
                    BulletinCategory.valueOf(topic[0]), tlp, validUntil, ack,
                    ack ? on.plusDays(context.between(2, 10)) : null, false);
            b.concern(List.of(facility));
            if (source != null) {
                b.receivedFrom(source);
            }
            addressFor(context, b, tlp, direction, facility, agencies, author, partners);
            b.requireAudienceFitsLabel();
            LocalDateTime at = on.atTime(9, 0);
            boolean recent = i < total / 60;
            if (recent && i % 7 == 3) {
                em.persist(b); // a few drafts and inbound bulletins awaiting triage
                continue;
            }
            if (direction == BulletinDirection.INBOUND) {
                b.acceptFromTriage(at);
            } else {
                b.submit(at);
            }
            em.persist(b);
            em.persist(new BulletinVersion(b, null, author.getUsername(), at));
            if (i % 9 == 5) {
                b.revise(b.getTitle() + " (update)", b.getBody() + "<p>Update: situation resolved.</p>",
                        b.getCategory(), tlp, b.getValidUntil(), b.isAcknowledgementRequired(),
                        b.getAcknowledgementDeadline());
                em.persist(new BulletinVersion(b, "Situation resolved", author.getUsername(), at.plusDays(1)));
            }
            recipients(context, b, at, today, managers);
            if (i % 23 == 11) {
                b.withdraw("Sent in error; replaced by a corrected bulletin");
            } else {
                b.expireIfPast(today);
            }
        }
        return total;
    }

    private static void addressFor(DemoContext context, Bulletin b, Tlp tlp, BulletinDirection direction,
            Facility facility, List<Agency> agencies, UserAccount author, Map<Long, List<UserAccount>> partners) {
        if (tlp == Tlp.RED) {
            Agency agency = context.pick(agencies);
            List<UserAccount> named = new ArrayList<>(List.of(author));
            named.addAll(partners.getOrDefault(agency.getId(), List.of()));
            b.address(List.of(), List.of(), List.of(), named, false);
        } else if (direction != BulletinDirection.OUTBOUND) {
            b.address(List.of(), List.of(facility), List.of(Role.MANAGER), List.of(), false);
        } else if (tlp == Tlp.AMBER_STRICT) {
            b.address(List.of(context.pick(agencies)), List.of(), List.of(), List.of(), false);
        } else {
            Set<Agency> chosen = new LinkedHashSet<>(agencies.subList(0, Math.min(agencies.size(), 1)));
            int more = context.between(0, 2);
            for (int k = 0; k < more; k++) {
                chosen.add(context.pick(agencies));
            }
            b.address(chosen, List.of(), List.of(), List.of(), false);
        }
    }

    /** Delivery and a realistic response: most acknowledge within days; some recent ones are overdue. */
    private static void recipients(DemoContext context, Bulletin b, LocalDateTime at, LocalDate today,
            Map<Long, List<UserAccount>> managers) {
        EntityManager em = context.em();
        List<BulletinRecipient> list = new ArrayList<>();
        b.getAudienceAgencies().forEach(a -> list.add(BulletinRecipient.agency(b, a, at)));
        Set<UserAccount> people = new LinkedHashSet<>(b.getNamedPeople());
        if (!b.getAudienceFacilities().isEmpty()) {
            b.getAudienceFacilities().forEach(f -> people.addAll(managers.getOrDefault(f.getId(), List.of())));
        }
        people.forEach(p -> list.add(BulletinRecipient.person(b, p, at)));
        boolean deadlinePassed = b.getAcknowledgementDeadline() != null && b.getAcknowledgementDeadline().isBefore(today);
        for (BulletinRecipient r : list) {
            double dice = context.random().nextDouble();
            LocalDateTime when = at.plusHours(context.between(1, 96));
            boolean answered = b.isAcknowledgementRequired() && (!deadlinePassed ? dice < 0.45 : dice < 0.9);
            if (answered && !when.toLocalDate().isAfter(today)) {
                r.acknowledge(r.getPerson() != null ? r.getPerson().getUsername() : "partner", when);
            } else if (dice < 0.95 && !when.toLocalDate().isAfter(today)) {
                r.open(when);
            }
            em.persist(r);
        }
    }

    /**
     * The disclosures go in as one JDBC batch on the transaction's connection, with ids from the shared sequence:
     * 9,000 entity persists (each validated, each tracked until commit) cost seconds at start-up; the batch costs a
     * fraction of one. The records are built through the entity, so they hold to its rules all the same.
     */
    private int disclosures(DemoContext context, Map<Long, List<Agency>> agenciesByFacility, UserAccount director) {
        EntityManager em = context.em();
        LocalDate today = context.today();
        Map<Long, List<Contact>> contacts = context.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.getAgency().getId()));
        List<Facility> hospitals = context.hospitals().stream()
                .filter(f -> agenciesByFacility.containsKey(f.getId())).toList();
        int total = DISCLOSURES_PER_YEAR * YEARS * context.scale();
        int patients = total / 3;
        DisclosureBasis[] bases = DisclosureBasis.values();
        LegalDocument[] documents = LegalDocument.values();
        LocalDateTime now = LocalDateTime.now();
        Agency suspended = null;
        String suspendedMrn = null;
        em.flush();
        Ids ids = new Ids(em.unwrap(org.eclipse.persistence.sessions.Session.class));
        long batchNanos = 0;
        java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
        try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into disclosure (id, version, mrn,"
                + " disclosed_on, facility_id, agency_id, recipient_name, recipient_address, description, purpose, basis,"
                + " legal_document, legal_reference, status, approved_by_id, approved_at, recorded_by, recorded_at)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < total; i++) {
                LocalDate on = today.minusDays((long) i * 365 * YEARS / total);
                Facility facility = context.pick(hospitals);
                Agency agency = context.pick(agenciesByFacility.get(facility.getId()));
                List<Contact> people = contacts.getOrDefault(agency.getId(), List.of());
                String recipient = people.isEmpty() ? "Records unit, " + agency.getName()
                        : people.get(i % people.size()).getFirstName() + " " + people.get(i % people.size()).getLastName();
                DisclosureBasis basis = bases[(int) Math.min(bases.length - 1,
                        Math.abs(context.random().nextGaussian()) * 2)];
                String mrn = String.format("MRN%08d", 10_000_000 + context.random().nextInt(patients));
                int p = context.random().nextInt(PURPOSES.length);
                Disclosure d = new Disclosure(mrn, on, recipient, agency.getAddress() == null
                        ? agency.getJurisdiction() : agency.getAddress(), DESCRIPTIONS[p % DESCRIPTIONS.length],
                        PURPOSES[p], basis, basis == DisclosureBasis.REQUIRED_BY_LAW ? documents[i % documents.length]
                                : null, basis == DisclosureBasis.REQUIRED_BY_LAW ? "Case " + (24_000 + i) : null);
                d.disclosedBy(facility, agency);
                if (!d.missingFields().isEmpty()) {
                    throw new IllegalStateException("demo disclosure incomplete: " + d.missingFields());
                }
                boolean approved = i >= 25;
                insert.setLong(1, ids.next());
                insert.setString(2, d.getMrn());
                insert.setObject(3, on);
                insert.setLong(4, facility.getId());
                insert.setLong(5, agency.getId());
                insert.setString(6, d.getRecipientName());
                insert.setString(7, d.getRecipientAddress());
                insert.setString(8, d.getDescription());
                insert.setString(9, d.getPurpose());
                insert.setString(10, basis.name());
                insert.setString(11, d.getLegalDocument() == null ? null : d.getLegalDocument().name());
                insert.setString(12, d.getLegalReference());
                insert.setString(13, approved ? "APPROVED" : "AWAITING_APPROVAL");
                if (approved) {
                    insert.setLong(14, director.getId());
                    insert.setObject(15, on.plusDays(1).atTime(10, 0));
                } else {
                    insert.setNull(14, java.sql.Types.BIGINT);
                    insert.setNull(15, java.sql.Types.TIMESTAMP);
                }
                insert.setString(16, "manager");
                insert.setObject(17, on.atTime(14, 0));
                insert.addBatch();
                if (i % 1000 == 999) {
                    long before = System.nanoTime();
                    insert.executeBatch();
                    batchNanos += System.nanoTime() - before;
                }
                if (i == 40) {
                    suspended = agency;
                    suspendedMrn = mrn;
                }
            }
            insert.executeBatch();
            long batchMillis = batchNanos / 1_000_000;
            LOG.info(() -> "event=demo.sharing.disclosures batchMillis=" + batchMillis + " idMillis="
                    + ids.nanos / 1_000_000);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot load the demo disclosures", e);
        }
        if (suspended != null) {
            AccountingSuspension active = AccountingSuspension.written(suspended, suspendedMrn, today.minusDays(20),
                    today.plusDays(70), "Det. Lt. Morales, Major Crimes", "Disclosure would impede an open"
                            + " investigation");
            active.recorded("director", now);
            em.persist(active);
            AccountingSuspension lapsed = AccountingSuspension.oral(suspended, null, today.minusDays(200),
                    "Sgt. Okafor (by phone)", "Pending a search warrant");
            lapsed.recorded("director", now);
            em.persist(lapsed);
        }
        return total;
    }

    /**
     * Ids from the shared sequence, a block of 50 per database call as EclipseLink takes them (the sequence steps by
     * the allocation size, and a value V stands for the block V-49..V), so no id is ever handed out twice.
     */
    private static final class Ids {

        private static final int BLOCK = 50;
        private final org.eclipse.persistence.sessions.Session session;
        private long next = 1;
        private long last;
        private long nanos;

        Ids(org.eclipse.persistence.sessions.Session session) {
            this.session = session;
        }

        long next() {
            if (next > last) {
                long before = System.nanoTime();
                Number value = (Number) session.executeQuery(session.getPlatform()
                        .buildSelectQueryForSequenceObject("liaison_seq", BLOCK));
                last = value.longValue();
                next = last - BLOCK + 1;
                nanos += System.nanoTime() - before;
            }
            return next++;
        }
    }
}
