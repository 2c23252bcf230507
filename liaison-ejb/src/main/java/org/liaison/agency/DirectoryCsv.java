package org.liaison.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.agency.ContactMethod;
import org.liaison.domain.agency.JointRole;
import org.liaison.platform.CsvCells;
import org.liaison.platform.Page;
import org.liaison.platform.PageRequest;
import org.liaison.security.Scope;

/**
 * The contact directory as CSV: export what is in scope; import a file all or nothing. An import is first checked
 * row by row; when any row is wrong nothing is saved and every problem is reported with its row number.
 */
@Stateless
public class DirectoryCsv {

    public static final String[] COLUMNS = {"agency", "firstName", "lastName", "rank", "unit", "jointRole", "phone",
        "mobile", "radioChannel", "email", "preferredMethod", "verifiedAt", "notes"};
    static final int MAX_ROWS = 5000;

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Scope scope;

    @Inject
    Validator validator;

    @EJB
    ContactService contacts;

    @EJB
    AuditTrail audit;

    @Inject
    org.liaison.security.Caller caller;

    /** One problem in an import file: row 1 is the first data row after the header. */
    public record RowError(int row, String field, String message) implements Serializable {
    }

    /** What an import found (and, when committed, saved). */
    public record ImportResult(int rows, int imported, List<RowError> errors) implements Serializable {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.AUDITOR_})
    public String export() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(out)) {
            int offset = 0;
            Page<Contact> page;
            do {
                page = contacts.search(null, null, new PageRequest(offset, PageRequest.MAX_LIMIT, "lastName", true));
                for (Contact c : page.items()) {
                    printer.printRecord(java.util.stream.Stream.of(c.getAgency().getName(), c.getFirstName(),
                            c.getLastName(), c.getRank(), c.getUnit(), c.getJointRole(), c.getPhone(), c.getMobile(),
                            c.getRadioChannel(), c.getEmail(), c.getPreferredMethod(), c.getVerifiedAt(), c.getNotes())
                            .map(CsvCells::neutralised).toArray());
                }
                offset += page.items().size();
            } while (!page.items().isEmpty() && offset < page.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.action("DIRECTORY_EXPORTED", "Contact", null, caller.username(), null);
        return out.toString();
    }

    /** Checks every row; saves all of them only when {@code commit} and no row has a problem. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public ImportResult importContacts(String csv, boolean commit) {
        List<RowError> errors = new ArrayList<>();
        List<Contact> parsed = new ArrayList<>();
        Map<String, Agency> agencies = new HashMap<>();
        int row = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv == null ? "" : csv))) {
            List<String> missing = new ArrayList<>();
            for (String column : new String[] {"agency", "firstName", "lastName"}) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                return new ImportResult(0, 0, List.of(new RowError(0, "header",
                        "The first line must name the columns; missing: " + String.join(", ", missing) + ".")));
            }
            for (CSVRecord record : parser) {
                row++;
                if (row > MAX_ROWS) {
                    errors.add(new RowError(row, "file", "At most " + MAX_ROWS + " rows per import."));
                    break;
                }
                Contact contact = toContact(record, row, errors);
                Agency agency = agency(value(record, "agency"), agencies);
                if (agency == null) {
                    errors.add(new RowError(row, "agency", "No agency named \"" + value(record, "agency")
                            + "\" that you may change."));
                } else {
                    contact.setAgency(agency);
                    for (ConstraintViolation<Contact> v : validator.validate(contact)) {
                        errors.add(new RowError(row, v.getPropertyPath().toString(), v.getMessage()));
                    }
                }
                parsed.add(contact);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // e.g. a quote that is never closed: the parser reads to the end of the file looking for it
            return new ImportResult(row, 0, List.of(new RowError(row + 1, "file",
                    "The file is not valid CSV near this row (check for a quote that is not closed).")));
        }
        if (row == 0) {
            errors.add(new RowError(0, "file", "The file has no contact rows."));
        }
        if (!errors.isEmpty() || !commit) {
            return new ImportResult(row, 0, errors);
        }
        // Every row is valid and its agency already checked (in scope and editable), so they are saved as one batch:
        // one flush for the whole file rather than a scope query and a flush per row.
        LocalDate today = LocalDate.now();
        for (Contact contact : parsed) {
            contact.startAffiliation(today);
            em.persist(contact);
            audit.created(contact);
        }
        em.flush();
        return new ImportResult(row, parsed.size(), List.of());
    }

    private Agency agency(String name, Map<String, Agency> cache) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return cache.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> {
            List<Agency> found = em.createQuery("select a from Agency a where lower(a.name) = :name", Agency.class)
                    .setParameter("name", key).getResultList();
            return found.stream().filter(scope::canEdit).findFirst().orElse(null);
        });
    }

    private static Contact toContact(CSVRecord record, int row, List<RowError> errors) {
        Contact c = new Contact(null, value(record, "firstName"), value(record, "lastName"), value(record, "rank"),
                value(record, "unit"));
        c.setPhone(value(record, "phone"));
        c.setMobile(value(record, "mobile"));
        c.setRadioChannel(value(record, "radioChannel"));
        c.setEmail(value(record, "email"));
        c.setNotes(value(record, "notes"));
        c.setJointRole(enumValue(JointRole.class, value(record, "jointRole"), row, "jointRole", errors));
        c.setPreferredMethod(enumValue(ContactMethod.class, value(record, "preferredMethod"), row, "preferredMethod",
                errors));
        String verified = value(record, "verifiedAt");
        if (verified != null) {
            try {
                c.setVerifiedAt(LocalDate.parse(verified));
            } catch (DateTimeParseException e) {
                errors.add(new RowError(row, "verifiedAt", "Write the date as YYYY-MM-DD."));
            }
        }
        return c;
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = CsvCells.restored(record.get(column));
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, int row, String field,
            List<RowError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, field, "Unknown value \"" + value + "\"."));
            return null;
        }
    }
}
