package org.liaison.web.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.liaison.domain.audit.AuditEvent;
import org.liaison.web.shared.Texts;

/**
 * A page of the audit trail as a person reads it: the record by its name (with the page that shows it, when the
 * reader may open one), and each changed field labelled, with references shown by name, before → after.
 */
public final class AuditLines {

    /** Snapshot fields that hold ids of other records, and the type of record they name. */
    private static final Map<String, String> REFERENCES = Map.of("facility", "Facility", "facilities", "Facility",
            "agency", "Agency", "agencies", "Agency", "partnerAgency", "Agency", "owner", "UserAccount",
            "staff", "UserAccount", "primaryContact", "Contact", "backupContact", "Contact", "contacts", "Contact");

    /** One changed field, labelled, with its values as names. */
    public record Change(String label, String before, String after) implements Serializable {
    }

    /** One event as the page shows it. {@code outcome} is the page of the record, or null when there is none to open. */
    public record Line(String recordLabel, String recordName, String outcome, List<Change> changes, String raw)
            implements Serializable {
    }

    private AuditLines() {
    }

    /** The ids each type of record is named by on this page: the events' records and every reference in changes. */
    static Map<String, Set<Long>> idsOn(List<AuditEvent> events) {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (AuditEvent e : events) {
            if (e.getRecordType() != null && e.getRecordId() != null) {
                ids.computeIfAbsent(e.getRecordType(), t -> new TreeSet<>()).add(e.getRecordId());
            }
            List<StoredChanges.Field> fields = StoredChanges.read(e.getChanges());
            if (fields != null) {
                for (StoredChanges.Field f : fields) {
                    String type = REFERENCES.get(f.name());
                    if (type != null) {
                        Set<Long> of = ids.computeIfAbsent(type, t -> new TreeSet<>());
                        of.addAll(parseIds(f.before()));
                        of.addAll(parseIds(f.after()));
                    }
                }
            }
        }
        return ids;
    }

    static Map<Long, Line> lines(List<AuditEvent> events, Map<String, Map<Long, String>> names,
            Function<String, String> outcomeOf) {
        Map<Long, Line> lines = new HashMap<>();
        for (AuditEvent e : events) {
            String type = e.getRecordType();
            String name = type == null || e.getRecordId() == null ? null
                    : names.getOrDefault(type, Map.of()).get(e.getRecordId());
            List<StoredChanges.Field> fields = StoredChanges.read(e.getChanges());
            List<Change> changes = new ArrayList<>();
            if (fields != null) {
                for (StoredChanges.Field f : fields) {
                    String refType = REFERENCES.get(f.name());
                    changes.add(new Change(label(f.name()), shown(f.before(), refType, names),
                            shown(f.after(), refType, names)));
                }
            }
            String recordLabel = type == null ? "" : label("record." + type, type);
            lines.put(e.getId(), new Line(recordLabel,
                    name != null ? name : e.getRecordId() == null ? "" : "#" + e.getRecordId(),
                    name == null ? null : outcomeOf.apply(type), changes, fields == null ? e.getChanges() : null));
        }
        return lines;
    }

    private static String shown(String value, String refType, Map<String, Map<Long, String>> names) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (refType == null) {
            return value;
        }
        Map<Long, String> byId = names.getOrDefault(refType, Map.of());
        List<String> shown = new ArrayList<>();
        for (Long id : parseIds(value)) {
            shown.add(byId.getOrDefault(id, "#" + id));
        }
        return shown.isEmpty() ? "—" : String.join(", ", shown);
    }

    /** "179" or "[3, 12]" (how snapshots write an id or a set of them). */
    static List<Long> parseIds(String value) {
        List<Long> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        for (String part : value.replace("[", "").replace("]", "").split(",")) {
            String id = part.trim();
            if (!id.isEmpty() && id.chars().allMatch(Character::isDigit) && id.length() < 19) {
                ids.add(Long.valueOf(id));
            }
        }
        return ids;
    }

    private static String label(String field) {
        return label("field." + field, field);
    }

    private static String label(String key, String fallback) {
        return Texts.orElse("audit." + key, fallback);
    }
}
