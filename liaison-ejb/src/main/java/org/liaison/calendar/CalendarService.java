package org.liaison.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.meeting.CalendarFeed;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.security.Caller;

/**
 * The calendar: what every {@link CalendarSource} has for a range, as the signed-in caller may see it, and the
 * personal calendar feed, read with a token by calendar clients that cannot sign in.
 */
@Stateless
public class CalendarService {

    /** A feed covers a year back and two years ahead; series beyond that are still whole through their RRULE. */
    static final int FEED_DAYS_BACK = 365;
    static final int FEED_DAYS_AHEAD = 730;
    /** The page asks for at most a few weeks; a year is a generous bound that keeps a query's answer small. */
    static final int MAX_RANGE_DAYS = 400;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<CalendarSource> sources;

    /** The caller's calendar for [from, to), one entry per occurrence, in start order. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<CalendarEntry> range(LocalDateTime from, LocalDateTime to, Long facilityId, Set<String> kinds) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw InvalidInput.of("to", "The end of the range must be after its start.");
        }
        if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw InvalidInput.of("to", "Ask for at most " + MAX_RANGE_DAYS + " days at a time.");
        }
        return collect(new CalendarQuery(from, to, CalendarViewer.of(caller), facilityId, kinds, true));
    }

    /** The kinds of entry the calendar can show (for the filter). */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        sources.forEach(s -> kinds.addAll(s.kinds()));
        return List.copyOf(kinds);
    }

    private List<CalendarEntry> collect(CalendarQuery query) {
        List<CalendarEntry> entries = new ArrayList<>();
        sources.forEach(s -> entries.addAll(s.entries(query)));
        entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::kind)
                .thenComparing(CalendarEntry::id));
        return entries;
    }

    // ------------------------------------------------------------------ the personal feed

    /** The feed behind a token, as its owner may see it; a revoked, renewed or unknown token is not found. */
    @PermitAll // the token is the credential: calendar clients cannot sign in
    public Feed feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            throw new RecordNotFound("CalendarFeed", null);
        }
        List<CalendarFeed> feeds = em.createQuery("select f from CalendarFeed f join fetch f.user"
                + " where f.tokenHash = :hash and f.revokedAt is null", CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(token)).getResultList();
        if (feeds.isEmpty() || !feeds.get(0).getUser().canSignIn()) {
            throw new RecordNotFound("CalendarFeed", null);
        }
        UserAccount owner = feeds.get(0).getUser();
        LocalDate today = LocalDate.now();
        CalendarQuery query = new CalendarQuery(today.minusDays(FEED_DAYS_BACK).atStartOfDay(),
                today.plusDays(FEED_DAYS_AHEAD).atStartOfDay(), CalendarViewer.of(owner), null, Set.of(), false);
        return new Feed(owner.getDisplayName(), collect(query));
    }

    /** A feed's content: whose it is and its entries (series as RRULE). */
    public record Feed(String ownerName, List<CalendarEntry> entries) {
    }

    /** Whether the caller has a feed, and since when. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public Optional<LocalDateTime> myFeedSince() {
        return active(caller.userId()).map(CalendarFeed::getCreatedAt);
    }

    /**
     * A new feed token for the caller; any earlier one stops working. The token is answered once and only its hash
     * kept, so it cannot be shown again: renewing is how to get a new address.
     */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public String renewFeed() {
        revokeFeed();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new CalendarFeed(em.getReference(UserAccount.class, caller.userId()), token, LocalDateTime.now()));
        // the address reads the person's calendar without signing in, so who made one, and when, is on record
        audit.action("CALENDAR_FEED_ISSUED", "UserAccount", caller.userId(), caller.username(), null);
        return token;
    }

    /** Ends the caller's feed: its address answers not found from now on. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public boolean revokeFeed() {
        Optional<CalendarFeed> feed = active(caller.userId());
        feed.ifPresent(f -> {
            f.revoke(LocalDateTime.now());
            audit.action("CALENDAR_FEED_REVOKED", "UserAccount", caller.userId(), caller.username(), null);
        });
        return feed.isPresent();
    }

    private Optional<CalendarFeed> active(Long userId) {
        return em.createQuery("select f from CalendarFeed f where f.user.id = :me and f.revokedAt is null",
                CalendarFeed.class).setParameter("me", userId).getResultStream().findFirst();
    }
}
