package org.liaison.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liaison.account.PasswordHasher;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;

/**
 * The demo accounts (six people and the intranet portal's server), which share one password, and the rest of the security staff (about 310 people at
 * scale 1), who appear in the directory but cannot sign in until an administrator sets their password.
 */
@Dependent
public class AccountDemoData implements DemoDataPart {

    private static final int STAFF_PER_HOSPITAL = 38;

    @Inject
    PasswordHasher hasher;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoContext context) {
        Facility home = context.hospitals().get(0);
        Agency homePolice = context.agencies().stream()
                .filter(a -> a.getType() == AgencyType.MUNICIPAL_POLICE && a.getJurisdiction().endsWith(home.getCity()))
                .findFirst().orElseThrow();
        String hash = hasher.hash(context.password());
        demo(context, "admin", "Alex Admin", EnumSet.of(Role.ADMIN), Set.of(), null, hash);
        demo(context, "director", "Dana Director", EnumSet.of(Role.DIRECTOR), Set.of(), null, hash);
        demo(context, "manager", "Morgan Manager", EnumSet.of(Role.MANAGER), Set.of(home), null, hash);
        demo(context, "officer", "Owen Officer", EnumSet.of(Role.OFFICER), Set.of(home), null, hash);
        demo(context, "partner", "Pat Partner (" + homePolice.getName() + ")", EnumSet.of(Role.PARTNER), Set.of(),
                homePolice, hash);
        demo(context, "auditor", "Avery Auditor", EnumSet.of(Role.AUDITOR), Set.of(), null, hash);
        // the intranet portal's server with HTTP Basic (API only), for hospitals whose provider issues no tokens
        demo(context, "portal", "Intranet portal", EnumSet.of(Role.PORTAL), Set.of(), null, hash);

        List<Facility> hospitals = context.hospitals();
        for (int h = 0; h < hospitals.size(); h++) {
            Facility hospital = hospitals.get(h);
            for (int i = 0; i < STAFF_PER_HOSPITAL; i++) {
                String username = hospital.getCode().toLowerCase(java.util.Locale.ROOT) + ".staff" + (i + 1);
                UserAccount staff = new UserAccount(username, "Staff member " + (i + 1) + ", " + hospital.getCode(),
                        username + "@health.example.org");
                staff.assign(EnumSet.of(i < 3 ? Role.MANAGER : Role.OFFICER), Set.of(hospital), null);
                context.em().persist(staff);
            }
        }
    }

    private void demo(DemoContext context, String username, String name, Set<Role> roles, Set<Facility> facilities,
            Agency agency, String hash) {
        UserAccount account = new UserAccount(username, name, username + "@health.example.org");
        account.assign(roles, facilities, agency);
        account.changePassword(hash, LocalDateTime.now());
        context.em().persist(account);
    }
}
