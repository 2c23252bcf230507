package org.liaison.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.ContactResource.ContactView;
import org.liaison.web.api.ContactResource.DepartureView;

/**
 * Recording a departure answers the contact exactly as reading it does, and only adds to it: a field ContactView gains
 * must be added to DepartureView too, or this fails.
 */
class DepartureViewTest {

    @Test
    void theAnswerToADepartureIsTheContactFieldForFieldThenWhatTheDepartureGaveUpAndWhatStillNamesThem() {
        List<String> contact = shape(ContactView.class);
        List<String> departure = shape(DepartureView.class);

        assertEquals(contact, departure.subList(0, contact.size()));
        assertEquals(List.of("int cancelledRegistrations", "List stillNamedOn", "long stillNamedOnTotal"),
                departure.subList(contact.size(), departure.size()));
    }

    private static List<String> shape(Class<? extends Record> view) {
        return Arrays.stream(view.getRecordComponents()).map(c -> c.getType().getSimpleName() + " " + c.getName())
                .toList();
    }
}
