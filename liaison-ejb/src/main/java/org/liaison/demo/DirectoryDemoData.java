package org.liaison.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.relationship.Relationship;
import org.liaison.domain.relationship.RelationshipRole;

/**
 * Facilities, agencies, their people and the relationships between them: a mid-size health system of eight
 * hospitals (about 2,400 beds) in a region with some 45 agencies and 180 contacts, repeated per region at scale.
 * Phone numbers use the 555-01xx block reserved for fiction.
 */
@Dependent
public class DirectoryDemoData implements DemoDataPart {

    private static final String[][] HOSPITALS = {
        {"Riverton General Hospital", "RGH", "Riverton", "420"},
        {"Lakeside Medical Center", "LMC", "Lakeside", "360"},
        {"St. Agnes Hospital", "SAH", "Millbrook", "290"},
        {"Harbor City Regional Medical Center", "HCR", "Harbor City", "410"},
        {"Cedar Falls Community Hospital", "CFC", "Cedar Falls", "160"},
        {"Oak Ridge Behavioral Health Hospital", "ORB", "Oak Ridge", "120"},
        {"Westfield Children's Hospital", "WCH", "Westfield", "230"},
        {"Summit Valley Hospital", "SVH", "Summit", "410"},
    };
    private static final String[] TOWNS = {"Ashford", "Brookside", "Clearwater", "Dover Heights", "Elmwood",
        "Fairview", "Glenhaven", "Hillcrest", "Ironbridge", "Juniper Park", "Kingsport", "Maple Grove"};
    private static final String[] COUNTIES = {"Harlan", "Marion", "Tallis"};
    private static final String[] FIRST = {"Maria", "James", "Aisha", "Robert", "Linda", "Carlos", "Wei", "Patricia",
        "Michael", "Jennifer", "David", "Keisha", "Thomas", "Sofia", "Daniel", "Emily", "Marcus", "Priya", "Kevin",
        "Rachel", "Anthony", "Grace", "Luis", "Hannah", "Brian", "Nicole", "Omar", "Julia", "Sean", "Tanya"};
    private static final String[] LAST = {"Lopez", "Carter", "Nguyen", "Okafor", "Brennan", "Schmidt", "Patel",
        "Johnson", "Kowalski", "Reyes", "Murphy", "Chen", "Washington", "Rossi", "Novak", "Haddad", "Fischer",
        "Sullivan", "Baker", "Ortiz", "Kim", "Morales", "Price", "Jensen", "Abara", "Delgado", "Foster", "Ibrahim"};

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed(DemoContext context) {
        for (int region = 0; region < context.scale(); region++) {
            seedRegion(context, region);
        }
        formerContacts(context);
    }

    /**
     * People move on: every fourth agency has someone who retired or transferred out, kept on record but no longer
     * listed. Their names and dates follow from the agency's place in the list rather than from the shared random
     * source, so the rest of the demo data stays exactly as it was.
     */
    private void formerContacts(DemoContext context) {
        for (int i = 0; i < context.agencies.size(); i += 4) {
            Agency agency = context.agencies.get(i);
            Contact former = new Contact(agency, FIRST[(i * 7 + 3) % FIRST.length], LAST[(i * 11 + 5) % LAST.length],
                    i % 8 == 0 ? "Sergeant" : "Officer", "Hospital Liaison");
            former.setPhone("(312) 555-" + String.format(java.util.Locale.ROOT, "%04d", 9000 + i % 1000));
            former.startAffiliation(context.today().minusDays(2400 + i % 500));
            former.leave(context.today().minusDays(30 + (i * 13) % 400), context.today());
            context.em().persist(former);
        }
    }

    private void seedRegion(DemoContext context, int region) {
        EntityManager em = context.em();
        String suffix = region == 0 ? "" : " " + (region + 1);
        List<Facility> hospitals = new ArrayList<>();
        for (String[] h : HOSPITALS) {
            Facility hospital = new Facility(h[0] + suffix, h[1] + (region == 0 ? "" : String.valueOf(region + 1)),
                    FacilityKind.HOSPITAL, Integer.parseInt(h[3]), context.between(100, 9900) + " Medical Center Drive",
                    h[2] + suffix);
            em.persist(hospital);
            hospitals.add(hospital);
        }
        context.hospitals.addAll(hospitals);

        List<Agency> cityPolice = new ArrayList<>();
        for (String[] h : HOSPITALS) {
            cityPolice.add(agency(context, h[2] + suffix + " Police Department", AgencyType.MUNICIPAL_POLICE,
                    "City of " + h[2] + suffix));
        }
        for (String town : TOWNS) {
            agency(context, town + suffix + " Police Department", AgencyType.MUNICIPAL_POLICE, "Town of " + town + suffix);
        }
        List<Agency> sheriffs = new ArrayList<>();
        List<Agency> dispatch = new ArrayList<>();
        for (String county : COUNTIES) {
            sheriffs.add(agency(context, county + suffix + " County Sheriff's Office", AgencyType.SHERIFF,
                    county + suffix + " County"));
            dispatch.add(agency(context, county + suffix + " County 911 Communications", AgencyType.DISPATCH,
                    county + suffix + " County"));
        }
        dispatch.add(agency(context, "Riverton" + suffix + " Emergency Communications Center", AgencyType.DISPATCH,
                "City of Riverton" + suffix));
        List<Agency> state = List.of(
                agency(context, "State Police Troop B" + suffix, AgencyType.STATE_POLICE, "Northern district" + suffix),
                agency(context, "State Police Troop D" + suffix, AgencyType.STATE_POLICE, "Southern district" + suffix));
        List<Agency> federal = List.of(
                agency(context, "FBI Riverton Resident Agency" + suffix, AgencyType.FEDERAL, "Federal"),
                agency(context, "U.S. Marshals Service, Riverton Office" + suffix, AgencyType.FEDERAL, "Federal"),
                agency(context, "DEA Diversion Group" + suffix, AgencyType.FEDERAL, "Federal"),
                agency(context, "HSI Harbor City" + suffix, AgencyType.FEDERAL, "Federal"),
                agency(context, "ATF Field Office" + suffix, AgencyType.FEDERAL, "Federal"));
        List<Agency> corrections = new ArrayList<>();
        for (String county : COUNTIES) {
            corrections.add(agency(context, county + suffix + " County Jail", AgencyType.CORRECTIONS,
                    county + suffix + " County"));
        }
        corrections.add(agency(context, "State Department of Corrections, Region 2" + suffix, AgencyType.CORRECTIONS,
                "State"));
        List<Agency> campus = List.of(
                agency(context, "Riverton State University Police" + suffix, AgencyType.CAMPUS_TRANSIT,
                        "University campus"),
                agency(context, "Lakeside College Public Safety" + suffix, AgencyType.CAMPUS_TRANSIT, "College campus"),
                agency(context, "Harbor City Community College Police" + suffix, AgencyType.CAMPUS_TRANSIT,
                        "College campus"),
                agency(context, "Metro Transit Police" + suffix, AgencyType.CAMPUS_TRANSIT, "Regional transit system"),
                agency(context, "Regional Rail Police" + suffix, AgencyType.CAMPUS_TRANSIT, "Rail corridor"),
                agency(context, "Port Authority Police" + suffix, AgencyType.CAMPUS_TRANSIT, "Harbor and airport"));

        for (int i = 0; i < hospitals.size(); i++) {
            Facility hospital = hospitals.get(i);
            relate(context, hospital, cityPolice.get(i), RelationshipRole.PRIMARY, 30);
            relate(context, hospital, sheriffs.get(i % sheriffs.size()), RelationshipRole.SECONDARY, 60);
            relate(context, hospital, dispatch.get(i % dispatch.size()), RelationshipRole.SECONDARY, 90);
            relate(context, hospital, state.get(i % state.size()), RelationshipRole.MUTUAL_AID, 180);
            relate(context, hospital, corrections.get(i % corrections.size()), RelationshipRole.SECONDARY, 90);
            relate(context, hospital, campus.get(i % campus.size()), RelationshipRole.MUTUAL_AID, 180);
            if (i % 2 == 0) {
                relate(context, hospital, federal.get(i / 2 % federal.size()), RelationshipRole.MUTUAL_AID, 365);
            }
        }
    }

    private Agency agency(DemoContext context, String name, AgencyType type, String jurisdiction) {
        Agency agency = new Agency(name, type, jurisdiction, phone(context), type == AgencyType.FEDERAL ? null
                : phone(context), context.between(10, 990) + " " + context.pick(List.of("Main", "Court", "Justice",
                "Civic Center", "Station")) + " Street");
        context.em().persist(agency);
        context.agencies.add(agency);
        int people = context.between(2, 6);
        for (int i = 0; i < people; i++) {
            contact(context, agency, i == 0);
        }
        return agency;
    }

    private void contact(DemoContext context, Agency agency, boolean liaison) {
        String[] ranks = switch (agency.getType()) {
            case SHERIFF -> new String[] {"Deputy", "Sergeant", "Lieutenant", "Captain"};
            case STATE_POLICE -> new String[] {"Trooper", "Sergeant", "Lieutenant"};
            case FEDERAL -> new String[] {"Special Agent", "Supervisory Special Agent", "Deputy U.S. Marshal"};
            case CORRECTIONS -> new String[] {"Officer", "Sergeant", "Lieutenant", "Shift Commander"};
            case DISPATCH -> new String[] {"Dispatcher", "Dispatch Supervisor", "Operations Manager"};
            default -> new String[] {"Officer", "Detective", "Sergeant", "Lieutenant", "Captain"};
        };
        String[] units = switch (agency.getType()) {
            case DISPATCH -> new String[] {"Communications", "Operations", "Training"};
            case CORRECTIONS -> new String[] {"Transport", "Medical Escort", "Custody Operations"};
            case FEDERAL -> new String[] {"Violent Crime", "Threat Assessment", "Fugitive Task Force", "Diversion"};
            default -> new String[] {"Patrol", "Community Policing", "Investigations", "Crisis Intervention Team",
                "Special Operations", "Traffic"};
        };
        Contact contact = new Contact(agency, context.pick(List.of(FIRST)), context.pick(List.of(LAST)),
                liaison ? ranks[Math.min(2, ranks.length - 1)] : context.pick(List.of(ranks)),
                liaison ? "Hospital Liaison" : context.pick(List.of(units)));
        contact.setPhone(phone(context));
        if (context.chance(0.8)) {
            contact.setMobile(phone(context));
        }
        contact.setRadioChannel(context.pick(List.of("TAC-2", "TAC-4", "OPS-1", "Dispatch Main", "Hospital Liaison TG 14",
                "County Mutual Aid 3")));
        contact.setEmail((contact.getFirstName().charAt(0) + "." + contact.getLastName()).toLowerCase(
                java.util.Locale.ROOT) + "@" + agency.getName().replaceAll("[^A-Za-z]", "").toLowerCase(
                java.util.Locale.ROOT).substring(0, Math.min(12, agency.getName().length())) + ".example.gov");
        if (context.chance(0.72)) {
            contact.verify(context.today().minusDays(context.between(0, 179)));
        } else if (context.chance(0.8)) {
            contact.verify(context.today().minusDays(context.between(181, 720)));
        }
        contact.startAffiliation(context.today().minusDays(context.between(200, 3000)));
        context.em().persist(contact);
        context.contacts.add(contact);
    }

    private void relate(DemoContext context, Facility facility, Agency agency, RelationshipRole role, int cadence) {
        // older than the year of engagement history the demo writes, so a relationship it gives no engagement lapses
        context.em().persist(new Relationship(facility, agency, role, cadence, context.today().minusYears(3)));
    }

    private static String phone(DemoContext context) {
        return "(" + context.pick(List.of("312", "415", "617", "503", "720")) + ") 555-01"
                + String.format("%02d", context.between(0, 99));
    }
}
