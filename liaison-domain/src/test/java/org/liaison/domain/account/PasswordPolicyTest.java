package org.liaison.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnough() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("officer", "Tide-pool-87"));
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("officer", "Tide-pool-8"));
    }

    @Test
    void noPasswordIsTooShort() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("officer", null));
    }

    @Test
    void aHundredAndTwentyEightCharactersAreTheMost() {
        String phrase = "Tide-pool-87".repeat(11);

        assertEquals(Optional.empty(), PasswordPolicy.problem("officer", phrase.substring(0, 128)));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("officer", phrase.substring(0, 129)));
    }

    @Test
    void thePasswordMustNotContainTheUserNameInAnyCase() {
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.problem("morgan", "I-am-MORGAN-2026"));
    }

    @Test
    void passwordsEveryAttackerTriesFirstAreRefused() {
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problem("officer", "Password1234"));
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.problem("officer", "abababababab"));
    }

    @Test
    void aPasswordWithoutAUserNameIsJudgedOnItsOwn() {
        assertEquals(Optional.empty(), PasswordPolicy.problem(null, "Tide-pool-87"));
    }
}
