package org.liaison.domain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Riverton\u0000PD", "Esc\u001b[31m", "Right\u202eto left", "Isolate\u2066x\u2069",
        "Bell\u0007", "Del\u007f"})
    void controlAndDirectionCharactersAreRefusedEverywhere(String text) {
        assertFalse(PlainTextValidator.isPlainText(text, true), text);
        assertFalse(PlainTextValidator.isPlainText(text, false), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Line one\nline two", "Windows\r\nbreak", "Carriage\rreturn"})
    void lineBreaksBelongInNotesButNotInNames(String text) {
        assertTrue(PlainTextValidator.isPlainText(text, true), text);
        assertFalse(PlainTextValidator.isPlainText(text, false), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sgt. Ana Müller-O'Brien", "Département de police", "警察署", "Tab\tseparated", "+1 555 010"})
    void ordinaryTextInAnyScriptIsAccepted(String text) {
        assertTrue(PlainTextValidator.isPlainText(text, false), text);
    }

    @Test
    void nothingIsPlainTextToo() {
        assertTrue(PlainTextValidator.isPlainText(null, false));
        assertTrue(PlainTextValidator.isPlainText("", false));
    }
}
