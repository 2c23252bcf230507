package org.liaison.agency;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of record that name a directory entry (an agency, a contact), each found by a query that selects at
 * most one id for the parameter {@code :it}. What is named in the record of what happened must stay.
 */
final class OnRecord {

    private final Map<String, String> queryByKind = new LinkedHashMap<>();

    /** Adds a kind of record, in the words a refusal uses ("meetings"), and the query that finds one. */
    OnRecord kind(String words, String query) {
        queryByKind.put(words, query);
        return this;
    }

    /** The kinds that name it, in the order they were added; empty when none does. */
    List<String> naming(EntityManager em, Object it) {
        List<String> kinds = new ArrayList<>();
        queryByKind.forEach((words, query) -> {
            if (!em.createQuery(query).setParameter("it", it).setMaxResults(1).getResultList().isEmpty()) {
                kinds.add(words);
            }
        });
        return Collections.unmodifiableList(kinds);
    }

    /** "meetings", "meetings and exercises", "engagements, meetings and exercises". */
    static String inWords(List<String> kinds) {
        int last = kinds.size() - 1;
        return last == 0 ? kinds.get(0) : String.join(", ", kinds.subList(0, last)) + " and " + kinds.get(last);
    }
}
