package org.liaison.web.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlainToHtmlTest {

    @Test
    void paragraphsAtBlankLinesAndDashLinesAsABulletList() {
        assertEquals("<p>Agreed a walk-through.<br>Next month.</p><ul><li>Radio TAC-2</li><li>Lot C</li></ul>"
                + "<p>Other business</p>",
                PlainToHtml.convert("Agreed a walk-through.\nNext month.\n- Radio TAC-2\n* Lot C\n\nOther business"));
    }

    @Test
    void whatIsTypedIsEscapedNotMarkup() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>",
                PlainToHtml.convert("<script>alert(1)</script> & \"x\""));
        assertNull(PlainToHtml.convert("   "));
    }

    @Test
    void minutesComeBackAsTheTextTheyWereTypedAs() {
        String html = PlainToHtml.convert("Decided.\n- One\n- Two");
        assertEquals(html, PlainToHtml.convert(PlainToHtml.toPlain(html)));
    }
}
