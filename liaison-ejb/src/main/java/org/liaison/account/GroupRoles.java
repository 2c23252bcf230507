package org.liaison.account;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.domain.account.Role;

/**
 * Which Liaison role (and, for managers and officers, which hospitals) a group of the hospital's identity provider
 * gives a person whose account is created at their first single sign-on. Written as
 * {@code sec-directors=DIRECTOR; rgh-security=OFFICER@RGH; lmc-managers=MANAGER@LMC+RGH; compliance=AUDITOR}:
 * entries separated by {@code ;} or {@code ,}, facilities by their code after {@code @}, joined with {@code +}.
 * Administrators and partners are never created this way (break-glass administrators and partner agencies keep
 * local accounts), and the mapping is read only at creation: after that, Liaison's own record decides.
 */
public final class GroupRoles implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<Role> GRANTABLE = EnumSet.of(Role.DIRECTOR, Role.MANAGER, Role.OFFICER, Role.AUDITOR);

    /** What one group grants. */
    public record Grant(Role role, Set<String> facilityCodes) implements java.io.Serializable {
    }

    /** What all of a person's groups grant together; no roles when none of their groups is mapped. */
    public record Grants(Set<Role> roles, Set<String> facilityCodes) {
        public boolean isEmpty() {
            return roles.isEmpty();
        }
    }

    private final Map<String, Grant> byGroup;

    private GroupRoles(Map<String, Grant> byGroup) {
        this.byGroup = byGroup;
    }

    public static GroupRoles none() {
        return new GroupRoles(Map.of());
    }

    /** @throws IllegalArgumentException naming the first entry that is not understood */
    public static GroupRoles parse(String text) {
        Map<String, Grant> byGroup = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return none();
        }
        for (String entry : text.split("[;,]")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not group=ROLE");
            }
            String group = entry.substring(0, equals).trim();
            String[] grant = entry.substring(equals + 1).trim().split("@", 2);
            Role role;
            try {
                role = Role.valueOf(grant[0].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("'" + entry.trim() + "': no role " + grant[0].trim(), unknown);
            }
            if (!GRANTABLE.contains(role)) {
                throw new IllegalArgumentException("'" + entry.trim() + "': " + role
                        + " is never granted by a group (only DIRECTOR, MANAGER, OFFICER, AUDITOR)");
            }
            Set<String> codes = new TreeSet<>();
            if (grant.length == 2) {
                for (String code : grant[1].split("\\+")) {
                    if (!code.isBlank()) {
                        codes.add(code.trim().toUpperCase(Locale.ROOT));
                    }
                }
            }
            if ((role == Role.MANAGER || role == Role.OFFICER) && codes.isEmpty()) {
                throw new IllegalArgumentException("'" + entry.trim() + "': a " + role
                        + " needs the facilities, e.g. " + group + "=" + role + "@RGH");
            }
            byGroup.put(group, new Grant(role, Set.copyOf(codes)));
        }
        return new GroupRoles(Map.copyOf(byGroup));
    }

    public Grants grantsFor(Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> codes = new TreeSet<>();
        for (String group : groups) {
            Grant grant = byGroup.get(group);
            if (grant != null) {
                roles.add(grant.role());
                codes.addAll(grant.facilityCodes());
            }
        }
        return new Grants(roles, codes);
    }

    public boolean isEmpty() {
        return byGroup.isEmpty();
    }
}
