package org.liaison.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.domain.account.Role;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.agreement.Agreement;
import org.liaison.domain.agreement.AgreementPeriod;
import org.liaison.domain.agreement.AgreementType;
import org.liaison.domain.agreement.ClauseTag;
import org.liaison.domain.engagement.Engagement;
import org.liaison.domain.engagement.EngagementKind;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;

/**
 * A year of relationship life: owners and direct lines for every relationship, engagements spread so that most
 * relationships are within cadence, some due and some lapsed (the home hospital always has lapsed ones to work on),
 * planned engagements ahead, and about 30 agreements per region with about 6 inside their notice window.
 */
@Dependent
public class RelationshipDemoData implements DemoDataPart {

    private static final String[] CALL_NOTES = {"Quarterly check-in with the liaison officer",
        "Reviewed ED violence incidents from last month", "Coordinated forensic patient escort procedure",
        "Discussed parking and ambulance bay access during events", "Walk-through of the new behavioral health unit",
        "Shared de-escalation training schedule", "Follow-up on the weekend patient-elopement search",
        "Agreed radio channel for joint responses"};

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoContext context) {
        EntityManager em = context.em();
        Map<Long, List<UserAccount>> managersByFacility = em.createQuery("select distinct u from UserAccount u"
                + " join u.roles r where r = :manager", UserAccount.class).setParameter("manager", Role.MANAGER)
                .getResultList().stream().flatMap(u -> u.getFacilities().stream().map(f -> Map.entry(f.getId(), u)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<Contact>> contactsByAgency = context.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.getAgency().getId()));
        List<Relationship> relationships = em.createQuery("select r from Relationship r order by r.id",
                Relationship.class).getResultList();
        Long home = context.hospitals().get(0).getId();
        int homeLapsed = 0;
        for (Relationship relationship : relationships) {
            List<UserAccount> managers = managersByFacility.getOrDefault(relationship.getFacility().getId(), List.of());
            UserAccount owner = managers.stream().filter(u -> u.getUsername().equals("manager")).findFirst()
                    .orElse(managers.isEmpty() ? null : managers.get(0));
            List<Contact> people = contactsByAgency.getOrDefault(relationship.getAgency().getId(), List.of());
            relationship.handOverTo(owner);
            relationship.assignContacts(people.isEmpty() ? null : people.get(0), people.size() < 2 ? null : people.get(1));
            boolean forceLapsed = relationship.getFacility().getId().equals(home)
                    && relationship.getRole() != RelationshipRole.PRIMARY && homeLapsed < 3;
            if (forceLapsed) {
                homeLapsed++;
            }
            engagements(context, relationship, owner, people, forceLapsed);
        }
        agreements(context, relationships, managersByFacility);
    }

    private void engagements(DemoContext context, Relationship r, UserAccount owner, List<Contact> people,
            boolean lapsed) {
        int cadence = r.getCadenceDays();
        double dice = context.random().nextDouble();
        int daysSinceLast;
        if (lapsed || dice < 0.18) {
            daysSinceLast = cadence + context.between(1, Math.max(2, cadence / 2));
        } else if (dice < 0.40) {
            daysSinceLast = cadence * 4 / 5 + context.between(1, Math.max(1, cadence / 5));
        } else {
            daysSinceLast = context.between(0, cadence * 4 / 5);
        }
        LocalDate date = context.today().minusDays(daysSinceLast);
        LocalDate yearAgo = context.today().minusDays(365);
        while (!date.isBefore(yearAgo)) {
            persist(context, r, owner, people, date);
            date = date.minusDays(Math.max(7, (long) (cadence * (0.6 + context.random().nextDouble() * 0.5))));
        }
        if (context.chance(0.35)) {
            persist(context, r, owner, people, context.today().plusDays(context.between(3, 45)));
        }
    }

    private void persist(DemoContext context, Relationship r, UserAccount owner, List<Contact> people, LocalDate on) {
        EngagementKind kind = context.pick(List.of(EngagementKind.CALL, EngagementKind.CALL, EngagementKind.VISIT,
                EngagementKind.MEETING, EngagementKind.COMMUNITY_EVENT, EngagementKind.EXERCISE));
        Engagement engagement = new Engagement(r.getFacility(), r.getAgency(), kind, on, context.pick(List.of(CALL_NOTES)));
        if (!people.isEmpty()) {
            engagement.addParticipant(context.pick(people));
        }
        if (owner != null) {
            engagement.getStaff().add(owner);
        }
        engagement.recorded(owner == null ? "system" : owner.getUsername(), on.atTime(10, 0));
        context.em().persist(engagement);
    }

    private void agreements(DemoContext context, List<Relationship> relationships,
            Map<Long, List<UserAccount>> managers) {
        LocalDate today = context.today();
        int made = 0;
        for (Relationship r : relationships) {
            boolean primary = r.getRole() == RelationshipRole.PRIMARY;
            if (!primary && !context.chance(0.45)) {
                continue;
            }
            AgreementType type = primary ? AgreementType.MOU : switch (r.getAgency().getType()) {
                case DISPATCH -> AgreementType.DATA_SHARING;
                case CORRECTIONS -> AgreementType.MOA;
                case MUNICIPAL_POLICE -> AgreementType.EXTRA_DUTY_CONTRACT;
                default -> AgreementType.MUTUAL_AID;
            };
            int noticeDays = context.pick(List.of(60, 90, 120));
            // every fifth agreement sits inside its notice window; a few have lapsed or are still being drafted
            int kind = made % 10;
            LocalDate effective = today.minusDays(context.between(200, 1200));
            LocalDate expires = switch (kind) {
                case 1, 6 -> today.plusDays(context.between(5, noticeDays - 5));
                case 3 -> today.minusDays(context.between(10, 60));
                default -> today.plusDays(context.between(noticeDays + 10, 900));
            };
            Agreement agreement = new Agreement(title(type, r), type, new AgreementPeriod(effective, expires),
                    noticeDays);
            agreement.assignParties(List.of(r.getFacility()), List.of(r.getAgency()));
            agreement.setClauses(clauses(type));
            agreement.setSummary("Covers " + agreement.getClauses().stream().map(c -> c.name().toLowerCase()
                    .replace('_', ' ')).collect(Collectors.joining(", ")) + ".");
            List<UserAccount> owners = managers.getOrDefault(r.getFacility().getId(), List.of());
            agreement.setOwner(owners.isEmpty() ? null : owners.get(0));
            if (kind == 8) {
                agreement.submitForReview(); // still being negotiated
            } else if (kind != 9) {
                agreement.submitForReview();
                agreement.sign(effective.minusDays(14));
                agreement.activate(effective);
                if (kind == 5) {
                    agreement.renew(expires.plusYears(1));
                }
                agreement.applyCalendar(today); // expiring / expired as the calendar says
            }
            context.em().persist(agreement);
            if (agreement.getStatus() == org.liaison.domain.agreement.AgreementStatus.EXPIRING
                    && agreement.getOwner() != null) {
                context.em().persist(new org.liaison.domain.notification.Notification(agreement.getOwner(),
                        "Agreement \"" + agreement.getTitle() + "\" expires on " + agreement.getExpiresOn()
                                + ": start the renewal.", "/agreements/view?id=" + agreement.getId(),
                        today.minusDays(1).atTime(1, 15)));
            }
            made++;
        }
    }

    private static String title(AgreementType type, Relationship r) {
        return switch (type) {
            case MOU -> "MOU: " + r.getFacility().getName() + " and " + r.getAgency().getName();
            case MOA -> "Forensic patient custody MOA with " + r.getAgency().getName();
            case MUTUAL_AID -> "Mutual aid: " + r.getAgency().getName() + " / " + r.getFacility().getCode();
            case EXTRA_DUTY_CONTRACT -> "Extra-duty officer contract, " + r.getAgency().getName();
            case DATA_SHARING -> "CAD data-sharing agreement, " + r.getAgency().getName();
        };
    }

    private static java.util.Set<ClauseTag> clauses(AgreementType type) {
        return switch (type) {
            case MOU -> EnumSet.of(ClauseTag.FORENSIC_PATIENTS_IN_CUSTODY, ClauseTag.WEAPONS,
                    ClauseTag.EVIDENCE_HANDLING, ClauseTag.PATIENT_INTERVIEWS);
            case MOA -> EnumSet.of(ClauseTag.FORENSIC_PATIENTS_IN_CUSTODY, ClauseTag.PSYCHIATRIC_TRANSPORT);
            case DATA_SHARING -> EnumSet.of(ClauseTag.INFORMATION_SHARING);
            case EXTRA_DUTY_CONTRACT -> EnumSet.of(ClauseTag.WEAPONS);
            case MUTUAL_AID -> EnumSet.of(ClauseTag.EVIDENCE_HANDLING, ClauseTag.INFORMATION_SHARING);
        };
    }

}
