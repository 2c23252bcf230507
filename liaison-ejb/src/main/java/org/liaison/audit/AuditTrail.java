package org.liaison.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.liaison.domain.account.Role;
import org.liaison.domain.audit.AuditEvent;
import org.liaison.domain.shared.Audited;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;

/**
 * The append-only audit trail. Services call it in the same transaction as the change, so a change and its
 * audit entry commit or roll back together. There is no method that updates or deletes an entry.
 */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger("org.liaison.audit");

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    @PermitAll
    public void created(Audited record) {
        write("CREATE", record.auditType(), record.getId(), ChangeSet.between(Map.of(), record.auditSnapshot()));
    }

    @PermitAll
    public void changed(Map<String, Object> before, Audited record) {
        Map<String, Object[]> changes = ChangeSet.between(before, record.auditSnapshot());
        if (!changes.isEmpty()) {
            write("UPDATE", record.auditType(), record.getId(), changes);
        }
    }

    @PermitAll
    public void deleted(Audited record) {
        write("DELETE", record.auditType(), record.getId(), ChangeSet.between(record.auditSnapshot(), Map.of()));
    }

    /** An action that is not a field change (a sign-in, a lockout, a password reset). */
    @PermitAll
    public void action(String action, String recordType, Long recordId, String actor, String givenAddress) {
        // every event says where it came from: the caller's request address unless the caller named one
        String address = givenAddress == null ? address() : givenAddress;
        em.persist(new AuditEvent(LocalDateTime.now(), actor, address, action, recordType, recordId, null));
        LOG.info(() -> "event=audit action=" + action + " type=" + recordType + " id=" + recordId + " actor=" + actor
                + " address=" + address);
    }

    @RolesAllowed({Role.ADMIN_, Role.AUDITOR_})
    public Page<AuditEvent> search(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(e.actor) like :actor");
            params.put("actor", "%" + filter.actor().toLowerCase() + "%");
        }
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            where.append(" and e.recordType = :type");
            params.put("type", filter.recordType());
        }
        if (filter.recordId() != null) {
            where.append(" and e.recordId = :recordId");
            params.put("recordId", filter.recordId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and e.action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        TypedQuery<AuditEvent> query = em.createQuery(
                "select e from AuditEvent e" + where + ("occurredAt".equals(page.sortField()) && page.ascending()
                        ? " order by e.occurredAt asc, e.id asc" : " order by e.occurredAt desc, e.id desc"),
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult());
    }

    /**
     * The names of the records a page of the trail mentions, by record type and id, so a reader sees "Riverton Police
     * Department" rather than "Agency 179": one query per type on the page. Records deleted since have no name.
     */
    @RolesAllowed({Role.ADMIN_, Role.AUDITOR_})
    public Map<String, Map<Long, String>> names(Map<String, java.util.Set<Long>> idsByType) {
        Map<String, Map<Long, String>> names = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            String jpql = switch (type) {
                case "Facility" -> "select x.id, x.name from Facility x where x.id in :ids";
                case "Agency" -> "select x.id, x.name from Agency x where x.id in :ids";
                case "Contact" -> "select x.id, concat(x.firstName, concat(' ', x.lastName)) from Contact x"
                        + " where x.id in :ids";
                case "UserAccount" -> "select x.id, x.displayName from UserAccount x where x.id in :ids";
                case "Agreement" -> "select x.id, x.title from Agreement x where x.id in :ids";
                case "Relationship" -> "select x.id, concat(x.agency.name, concat(' · ', x.facility.name))"
                        + " from Relationship x where x.id in :ids";
                case "Engagement" -> "select x.id, concat(x.agency.name, concat(' · ', x.facility.name))"
                        + " from Engagement x where x.id in :ids";
                default -> null;
            };
            if (jpql != null && !ids.isEmpty()) {
                Map<Long, String> byId = new HashMap<>();
                em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                        .forEach(row -> byId.put((Long) row[0], (String) row[1]));
                names.put(type, byId);
            }
        });
        return names;
    }

    private void write(String action, String type, Long id, Map<String, Object[]> changes) {
        String actor = actor();
        String address = address();
        em.persist(new AuditEvent(LocalDateTime.now(), actor, address, action, type, id, ChangeSet.toJson(changes)));
        LOG.info(() -> "event=change action=" + action + " type=" + type + " id=" + id + " actor=" + actor
                + " address=" + address + " fields=" + changes.keySet());
    }

    private String actor() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equals(name) ? "system" : name;
    }

    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException noRequest) {
            return null; // a timer or startup task: no client address
        }
    }

    /** The fields whose values differ between two snapshots, as before/after pairs. */
    static final class ChangeSet {

        static Map<String, Object[]> between(Map<String, Object> before, Map<String, Object> after) {
            Map<String, Object[]> changes = new LinkedHashMap<>();
            after.forEach((field, value) -> {
                if (!before.containsKey(field) || !Objects.equals(before.get(field), value)) {
                    changes.put(field, new Object[] {before.get(field), value});
                }
            });
            before.forEach((field, value) -> {
                if (!after.containsKey(field)) {
                    changes.put(field, new Object[] {value, null});
                }
            });
            return changes;
        }

        static String toJson(Map<String, Object[]> changes) {
            String text = write(changes);
            // escaping can make a value up to six times longer (line breaks, quotes, control characters), so the
            // values are cut shorter until the document fits, rather than once by their unescaped length
            for (int each = LIMIT / Math.max(1, 2 * changes.size()); text.length() > LIMIT && each > 0; each /= 2) {
                text = write(shorten(changes, each));
            }
            return text;
        }

        private static String write(Map<String, Object[]> changes) {
            StringBuilder json = new StringBuilder("{");
            changes.forEach((field, pair) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(quote(field)).append(":{\"before\":").append(quote(pair[0]))
                        .append(",\"after\":").append(quote(pair[1])).append('}');
            });
            return json.append('}').toString();
        }

        /** The stored changes fit their column: long values are cut (marked …), so the document stays valid JSON. */
        private static final int LIMIT = 8000;

        private static Map<String, Object[]> shorten(Map<String, Object[]> changes, int each) {
            Map<String, Object[]> shortened = new LinkedHashMap<>();
            changes.forEach((field, pair) -> shortened.put(field, new Object[] {cut(pair[0], each), cut(pair[1], each)}));
            return shortened;
        }

        private static Object cut(Object value, int max) {
            String text = value == null ? null : value.toString();
            return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
        }

        private static String quote(Object value) {
            if (value == null) {
                return "null";
            }
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toString().toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        private ChangeSet() {
        }
    }
}
