package org.liaison.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.liaison.domain.account.Role;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.shared.Tlp;
import org.liaison.security.Caller;

/**
 * Who may read a bulletin, as one JPQL condition every read path uses (lists, the record, acknowledgements, rates,
 * the partner's home), so a bulletin the caller may not see is absent everywhere, counted nowhere.
 * <ul>
 * <li>Its author always; before release (draft, triage, privacy review) also its editors: managers of its facilities
 * and directors, and in privacy review the auditor (the privacy officer).</li>
 * <li>Released: TLP:CLEAR and TLP:GREEN to every signed-in user (partners not for internal bulletins);
 * TLP:AMBER and TLP:AMBER+STRICT to the hospital's staff of its facilities (system-wide roles: all) and to the partners of
 * the agencies it is addressed to or came from; TLP:RED to its named people only. Named people read it whatever the
 * label.</li>
 * </ul>
 */
@RequestScoped
public class BulletinVisibility {

    static final Set<BulletinStatus> RELEASED = BulletinStatus.RELEASED;
    static final Set<BulletinStatus> UNRELEASED = EnumSet.complementOf(EnumSet.copyOf(BulletinStatus.RELEASED));

    @Inject
    Caller caller;

    /** The condition on the bulletin alias; its parameters are bound by {@link #bind}. */
    public String condition(String b) {
        String named = "exists (select vp.id from Bulletin vb join vb.namedPeople vp where vb = " + b
                + " and vp.id = :visMe)";
        StringBuilder c = new StringBuilder("(").append(b).append(".author.id = :visMe or (").append(b)
                .append(".status in :visReleased and (").append(named)
                .append(" or ").append(b).append(".tlp in :visOpen");
        if (caller.isPartner()) {
            c.append(" and ").append(b).append(".direction <> :visInternal");
        }
        c.append(" or ").append(b).append(".tlp in :visAmber and ").append(amberReader(b)).append("))");
        c.append(" or ").append(b).append(".status in :visUnreleased and ").append(editor(b)).append(")");
        return c.toString();
    }

    private String amberReader(String b) {
        if (caller.isPartner()) {
            return "(" + b + ".sourceAgency.id = :visAgency or exists (select va.id from Bulletin vb2 join"
                    + " vb2.audienceAgencies va where vb2 = " + b + " and va.id = :visAgency))";
        }
        if (caller.seesAllFacilities()) {
            return "1 = 1";
        }
        return "(" + facilityOf(b) + ")";
    }

    private String facilityOf(String b) {
        return "exists (select vf.id from Bulletin vb3 join vb3.facilities vf where vb3 = " + b
                + " and vf.id in :visFacilities) or exists (select vg.id from Bulletin vb4 join vb4.audienceFacilities vg"
                + " where vb4 = " + b + " and vg.id in :visFacilities)";
    }

    private String editor(String b) {
        if (caller.has(Role.DIRECTOR)) {
            return "1 = 1";
        }
        if (caller.has(Role.AUDITOR)) {
            return b + ".status = :visPrivacy";
        }
        if (caller.has(Role.MANAGER)) {
            return "(" + facilityOf(b) + ")";
        }
        return "1 = 0";
    }

    /** Binds the parameters the condition uses (only those the query names). */
    public <Q extends Query> Q bind(Q query) {
        Set<String> names = new java.util.HashSet<>();
        query.getParameters().forEach(p -> names.add(p.getName()));
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("visMe", caller.userId() == null ? -1L : caller.userId());
        values.put("visReleased", RELEASED);
        values.put("visUnreleased", UNRELEASED);
        values.put("visOpen", EnumSet.of(Tlp.CLEAR, Tlp.GREEN));
        values.put("visAmber", EnumSet.of(Tlp.AMBER, Tlp.AMBER_STRICT));
        values.put("visInternal", BulletinDirection.INTERNAL);
        values.put("visAgency", caller.partnerAgencyId() == null ? -1L : caller.partnerAgencyId());
        values.put("visFacilities", caller.facilityIdsForQuery());
        values.put("visPrivacy", BulletinStatus.PRIVACY_REVIEW);
        values.forEach((k, v) -> {
            if (names.contains(k)) {
                query.setParameter(k, v);
            }
        });
        return query;
    }

    /** Whether the caller edits bulletins of these facilities (managers there, directors anywhere). */
    public boolean edits(Set<Long> facilityIds) {
        if (caller.has(Role.DIRECTOR)) {
            return true;
        }
        return caller.has(Role.MANAGER) && facilityIds.stream().anyMatch(caller.facilityIds()::contains);
    }
}
