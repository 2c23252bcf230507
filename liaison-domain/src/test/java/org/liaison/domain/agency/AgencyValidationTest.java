package org.liaison.domain.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bean Validation rules on Agency, with the messages users read (ValidationMessages.properties). */
class AgencyValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @Test
    void aCompleteAgencyIsValid() {
        assertEquals(Map.of(), problems(agency("Riverton Police Department", "(312) 555-0199")));
    }

    @Test
    void aBlankNameIsRefusedWithTheUsersMessage() {
        assertEquals(Map.of("name", "Enter the agency's name."), problems(agency("  ", null)));
    }

    @Test
    void anAgencyNeedsATypeAndAJurisdiction() {
        Agency agency = new Agency("Riverton Police Department", null, "", null, null, null);

        assertEquals(Map.of("type", "Choose the type of agency.",
                "jurisdiction", "Enter the agency's jurisdiction (the city, county or area it covers)."),
                problems(agency));
    }

    @Test
    void aPhoneNumberMustBeDialable() {
        assertEquals(Map.of("nonEmergencyPhone",
                "Enter a phone number such as 555-010-1234 or +1 555 010 1234 (extension as x123)."),
                problems(agency("Riverton Police Department", "ask the front desk")));
    }

    @Test
    void aNameLongerThan120CharactersIsRefusedWithTheLimit() {
        assertEquals(Map.of("name", "Too long: at most 120 characters."), problems(agency("P".repeat(121), null)));
    }

    private static Agency agency(String name, String phone) {
        return new Agency(name, AgencyType.MUNICIPAL_POLICE, "City of Riverton", phone, "+1 312 555 0198 x12",
                "1 Civic Center Street");
    }

    private static Map<String, String> problems(Agency agency) {
        return validator.validate(agency).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage));
    }
}
