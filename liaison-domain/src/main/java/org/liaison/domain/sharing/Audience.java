package org.liaison.domain.sharing;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.domain.account.Role;
import org.liaison.domain.shared.Tlp;

/**
 * Who a bulletin is addressed to: agencies (through their partner users), hospital staff by facility and role, named
 * people, or everyone in the community. The TLP label decides how wide it may be ({@link #conflictWith}).
 *
 * @param agencyIds          agencies addressed as organisations
 * @param facilityIds        facilities whose staff are addressed
 * @param roles              staff roles addressed (none: every role of those facilities)
 * @param namedPeople        people addressed by name, each with the agency they belong to (null for hospital staff)
 * @param everyone           the whole community (every signed-in user)
 */
public record Audience(Set<Long> agencyIds, Set<Long> facilityIds, Set<Role> roles, Set<Person> namedPeople,
        boolean everyone) implements Serializable {

    /** A person named in the audience; agencyId is their agency when they are a partner, null for hospital staff. */
    public record Person(long userId, Long agencyId) implements Serializable {
    }

    public Audience {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        facilityIds = facilityIds == null ? Set.of() : Set.copyOf(facilityIds);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        namedPeople = namedPeople == null ? Set.of() : Set.copyOf(namedPeople);
    }

    public boolean isEmpty() {
        return !everyone && agencyIds.isEmpty() && facilityIds.isEmpty() && roles.isEmpty() && namedPeople.isEmpty();
    }

    private boolean addressesStaffGroups() {
        return !facilityIds.isEmpty() || !roles.isEmpty();
    }

    /**
     * Why this audience is wider than the label allows, in words that name the conflict; empty when it fits.
     * RED: named people only. AMBER+STRICT: inside one organisation (the hospital's staff, or one agency). AMBER: the
     * recipient organisations, not the whole community. GREEN and CLEAR: anyone.
     */
    public Optional<String> conflictWith(Tlp tlp) {
        if (isEmpty()) {
            return Optional.of("The audience is empty: name the agencies, facilities, roles or people it goes to.");
        }
        return switch (tlp) {
            case CLEAR, GREEN -> Optional.empty();
            case AMBER -> everyone ? Optional.of("TLP:AMBER goes to the recipient organisations only, not to everyone"
                    + " in the community: name the agencies or facilities instead.") : Optional.empty();
            case AMBER_STRICT -> strictConflict();
            case RED -> redConflict();
        };
    }

    private Optional<String> strictConflict() {
        if (everyone) {
            return Optional.of("TLP:AMBER+STRICT stays inside one organisation, not everyone in the community.");
        }
        Set<String> organisations = new TreeSet<>();
        agencyIds.forEach(id -> organisations.add("agency " + id));
        boolean staff = addressesStaffGroups();
        for (Person person : namedPeople) {
            if (person.agencyId() == null) {
                staff = true;
            } else {
                organisations.add("agency " + person.agencyId());
            }
        }
        if (staff) {
            organisations.add("the hospital's staff");
        }
        if (organisations.size() > 1) {
            return Optional.of("TLP:AMBER+STRICT stays inside one organisation, but the audience spans "
                    + organisations.size() + " (" + String.join(", ", organisations) + ").");
        }
        return Optional.empty();
    }

    private Optional<String> redConflict() {
        if (everyone || !agencyIds.isEmpty() || addressesStaffGroups()) {
            return Optional.of("TLP:RED goes to named people only: remove the "
                    + (everyone ? "whole community" : !agencyIds.isEmpty() ? "agencies" : "facilities and roles")
                    + " from the audience.");
        }
        if (namedPeople.isEmpty()) {
            return Optional.of("TLP:RED needs at least one named person.");
        }
        return Optional.empty();
    }
}
