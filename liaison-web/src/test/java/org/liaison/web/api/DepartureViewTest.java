package org.liaison.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.agency.ContactService;
import org.liaison.agency.StillNamedOn;
import org.liaison.agency.StillNamedOn.Commitment;
import org.liaison.agency.StillNamedOn.Kind;
import org.liaison.agency.StillNamedOn.Shown;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.agency.ContactMethod;
import org.liaison.domain.agency.JointRole;
import org.liaison.web.api.ContactResource.ContactView;
import org.liaison.web.api.ContactResource.DepartureView;

/**
 * Recording a departure answers the contact exactly as reading it does, and only adds to it: a field ContactView gains
 * must be added to DepartureView too, and carry the same value, or this fails.
 */
class DepartureViewTest {

    @Test
    void theAnswerToADepartureIsTheContactFieldForFieldThenWhatTheDepartureGaveUpAndWhatStillNamesThem()
            throws ReflectiveOperationException {
        Contact contact = everyFieldDifferent();
        StillNamedOn named = new StillNamedOn(
                new Shown(List.of(new Commitment(Kind.ACTION_ITEM, 7L, "Call back", LocalDate.of(2026, 12, 1))), 3),
                new Shown(List.of(), 0), new Shown(List.of(), 0));

        ContactView read = ContactView.of(contact);
        DepartureView answered = DepartureView.of(new ContactService.Departure(contact, 2, named));

        List<RecordComponent> contactFields = Arrays.asList(ContactView.class.getRecordComponents());
        List<RecordComponent> departureFields = Arrays.asList(DepartureView.class.getRecordComponents());
        for (int i = 0; i < contactFields.size(); i++) {
            RecordComponent field = contactFields.get(i);
            assertEquals(field.getName(), departureFields.get(i).getName(), "field " + i);
            assertEquals(field.getAccessor().invoke(read), departureFields.get(i).getAccessor().invoke(answered),
                    field.getName());
        }
        assertEquals(List.of("cancelledRegistrations", "stillNamedOn", "stillNamedOnTotal"), departureFields
                .subList(contactFields.size(), departureFields.size()).stream().map(RecordComponent::getName).toList());
        assertEquals(2, answered.cancelledRegistrations());
        assertEquals(List.of(new ContactResource.CommitmentView("ACTION_ITEM", 7L, "Call back",
                LocalDate.of(2026, 12, 1))), answered.stillNamedOn());
        assertEquals(3, answered.stillNamedOnTotal(), "counts those not shown too");
    }

    /** A contact whose every field the views show holds its own value, so that two fields swapped would show. */
    private static Contact everyFieldDifferent() {
        Agency agency = new Agency();
        agency.setId(11L);
        agency.setName("Riverton Police Department");
        Contact contact = new Contact(agency, "Maria", "Lopez", "Sergeant", "Hospital Liaison");
        contact.setId(42L);
        contact.setPhone("(312) 555-0101");
        contact.setMobile("(312) 555-0102");
        contact.setRadioChannel("TAC-3");
        contact.setEmail("m.lopez@example.org");
        contact.setVerifiedAt(LocalDate.of(2026, 6, 1));
        contact.setNotes("Prefers mornings");
        contact.setJointRole(JointRole.values()[0]);
        contact.setPreferredMethod(ContactMethod.values()[ContactMethod.values().length - 1]);
        contact.leave(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27));
        assertNotNull(contact.getLeftOn());
        return contact;
    }
}
