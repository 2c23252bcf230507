package org.liaison.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void aTelLinkKeepsOnlyTheDigitsAPhoneDials() {
        assertEquals("tel:3125550199", PhoneNumber.telUri("(312) 555-0199"));
        assertEquals("tel:3125550199", PhoneNumber.telUri("312.555.0199"));
    }

    @Test
    void aTelLinkKeepsALeadingPlus() {
        assertEquals("tel:+13125550198", PhoneNumber.telUri("+1 312 555 0198"));
    }

    @Test
    void aPlusInsideTheNumberIsDropped() {
        assertEquals("tel:3125550198", PhoneNumber.telUri("312+555 0198"));
    }

    @Test
    void anExtensionIsLeftOutOfTheTelLink() {
        assertEquals("tel:+13125550198", PhoneNumber.telUri("+1 312 555 0198 x12"));
        assertEquals("tel:3125550100", PhoneNumber.telUri("312 555-0100 ext. 7"));
        assertEquals("tel:3125550100", PhoneNumber.telUri("312 555-0100 EXT 7"));
    }

    @Test
    void noNumberGivesNoLink() {
        assertNull(PhoneNumber.telUri(null));
        assertNull(PhoneNumber.telUri("   "));
    }

    @Test
    void thePatternAcceptsUsualWritingsAndRejectsProse() {
        for (String ok : new String[] {"", "(312) 555-0199", "+1 312 555 0198 x12", "555-0100 ext. 7", "5550100"}) {
            assertTrue(ok.matches(PhoneNumber.PATTERN), ok);
        }
        for (String bad : new String[] {"call the front desk", "12345", "555-0100 ext", "+1 (312) 555-0199 x1234567"}) {
            assertFalse(bad.matches(PhoneNumber.PATTERN), bad);
        }
    }
}
