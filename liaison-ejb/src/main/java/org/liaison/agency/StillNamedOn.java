package org.liaison.agency;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What is still to come or still open and names a contact, for the manager to hand to someone else: open action items
 * they own, exercises not yet held where they are an agency's point of contact, planned meetings that expect them.
 * Each kind shows its first few; its total says how many there are.
 */
public record StillNamedOn(Shown actionItems, Shown exercises, Shown meetings) implements Serializable {

    public enum Kind { ACTION_ITEM, EXERCISE, MEETING }

    /** One record that names them: its title (neutral when a TLP label keeps it from the reader) and its day. */
    public record Commitment(Kind kind, Long id, String title, LocalDate date) implements Serializable {
    }

    /** The first records of a kind, in date order, and how many there are in all. */
    public record Shown(List<Commitment> items, long total) implements Serializable {

        public Shown {
            items = List.copyOf(items);
        }

        /** How many there are beyond those shown. */
        public long more() {
            return total - items.size();
        }
    }

    public boolean isEmpty() {
        return actionItems.total() + exercises.total() + meetings.total() == 0;
    }

    /** Every record shown, action items first, then exercises, then meetings. */
    public List<Commitment> shown() {
        return Stream.of(actionItems, exercises, meetings).flatMap(s -> s.items().stream()).toList();
    }

    /** How many records name them in all, shown or not. */
    public long total() {
        return actionItems.total() + exercises.total() + meetings.total();
    }
}
