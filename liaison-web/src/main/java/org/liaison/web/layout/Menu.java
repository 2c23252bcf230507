package org.liaison.web.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.liaison.domain.account.Role;

/**
 * The main navigation: Liaison's pages grouped by capability (directory, relationships, calendar, training, feedback,
 * sharing, administration). Each link names the roles that may use it; a person sees only those links, and only the
 * groups left with a link. A group left with a single link is shown as that link.
 */
public final class Menu {

    private static final Set<String> ALL = Set.of(Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_,
            Role.AUDITOR_, Role.PARTNER_);
    private static final Set<String> STAFF = Set.of(Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_,
            Role.AUDITOR_);
    /** Staff who own action items and train with the police (not the administrator or the auditor). */
    private static final Set<String> WORKING_STAFF = Set.of(Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_);

    private static final List<Group> GROUPS = List.of(
            new Group("directory", "navgroup.directory", List.of(
                    new Link("who-to-call", "nav.whoToCall", "/who-to-call", STAFF, "/who-to-call"),
                    new Link("agencies", "nav.agencies", "/agencies/index", ALL, "/agencies", "/contacts"),
                    new Link("facilities", "nav.facilities", "/facilities/index", STAFF, "/facilities"))),
            new Group("relationships", "navgroup.relationships", List.of(
                    new Link("relationships", "nav.board", "/relationships/index", STAFF, "/relationships"),
                    new Link("agreements", "nav.agreements", "/agreements/index", ALL, "/agreements"))),
            new Group("calendar", "navgroup.calendar", List.of(
                    new Link("calendar", "nav.calendar", "/calendar/index", ALL, "/calendar"),
                    new Link("meetings", "nav.meetings", "/meetings/index", STAFF, "/meetings"),
                    new Link("events", "nav.events", "/events/index", STAFF, "/events"),
                    new Link("my-action-items", "nav.myActionItems", "/action-items/mine", WORKING_STAFF,
                            "/action-items"))),
            new Group("training", "navgroup.training", List.of(
                    new Link("exercises", "nav.exercises", "/exercises/index", ALL, "/exercises"),
                    new Link("compliance", "nav.compliance", "/exercises/compliance", STAFF,
                            "/exercises/compliance", "/exercises/coverage"),
                    new Link("training-record", "nav.trainingRecord", "/exercises/record", WORKING_STAFF,
                            "/exercises/record"))),
            new Group("feedback", "navgroup.feedback", List.of(
                    new Link("incidents", "nav.incidents", "/incidents/index", STAFF, "/incidents"),
                    new Link("reviews", "nav.reviews", "/reviews/index", ALL, "/reviews"),
                    new Link("corrective-actions", "nav.correctiveActions", "/corrective-actions/index", STAFF,
                            "/corrective-actions"))),
            new Group("sharing", "navgroup.sharing", List.of(
                    new Link("bulletins", "nav.bulletins", "/bulletins/index", ALL, "/bulletins"),
                    new Link("disclosures", "nav.disclosures", "/disclosures/index",
                            Set.of(Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_), "/disclosures"))),
            new Group("admin", "navgroup.admin", List.of(
                    new Link("users", "nav.users", "/admin/users/index", Set.of(Role.ADMIN_), "/admin"),
                    new Link("audit", "nav.audit", "/audit/index", Set.of(Role.ADMIN_, Role.AUDITOR_), "/audit"))));

    private Menu() {
    }

    /** Every group as defined, whoever asks (for tests and documentation). */
    public static List<Group> all() {
        return GROUPS;
    }

    /** The groups and links a person with these roles may use, in menu order; empty groups left out. */
    public static List<Group> forPerson(Predicate<String> hasRole) {
        return GROUPS.stream()
                .map(g -> new Group(g.id(), g.key(), g.links().stream()
                        .filter(l -> l.roles().stream().anyMatch(hasRole)).toList()))
                .filter(g -> !g.links().isEmpty())
                .toList();
    }

    /** The link a page belongs to: the one whose longest path prefix matches the page's view id; null if none. */
    public static Link current(List<Group> groups, String viewId) {
        Link best = null;
        int bestLength = -1;
        for (Group group : groups) {
            for (Link link : group.links()) {
                for (String prefix : link.prefixes()) {
                    if (viewId != null && viewId.startsWith(prefix) && prefix.length() > bestLength) {
                        best = link;
                        bestLength = prefix.length();
                    }
                }
            }
        }
        return best;
    }

    /** A group of links; {@code key} names its label in the bundle. */
    public record Group(String id, String key, List<Link> links) {

        public Group {
            links = List.copyOf(links);
        }

        /** A group with one link shows as that link, not as a menu of one. */
        public boolean isSingle() {
            return links.size() == 1;
        }

        public boolean contains(Link link) {
            return link != null && links.contains(link);
        }
    }

    /** A page in the navigation: its bundle key, the outcome it opens and the view paths that belong to it. */
    public record Link(String id, String key, String outcome, Set<String> roles, List<String> prefixes) {

        public Link(String id, String key, String outcome, Set<String> roles, String... prefixes) {
            this(id, key, outcome, roles, Arrays.asList(prefixes));
        }

        public Link {
            roles = Set.copyOf(roles);
            prefixes = List.copyOf(prefixes);
        }
    }
}
