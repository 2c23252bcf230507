package org.liaison.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void formattingListsAndHttpsLinksSurvive() {
        String safe = RichText.sanitize("<p>Agreed: <b>joint</b> patrol</p><ul><li>Lot C</li></ul>"
                + "<a href=\"https://example.org/x\">plan</a>");
        assertTrue(safe.contains("<b>joint</b>"), safe);
        assertTrue(safe.contains("<li>Lot C</li>"), safe);
        assertTrue(safe.contains("href=\"https://example.org/x\""), safe);
        // the sanitizer writes the three rel values in an order of its own
        assertTrue(safe.matches("(?s).*rel=\"(?=[^\"]*nofollow)(?=[^\"]*noreferrer)(?=[^\"]*noopener)[^\"]*\".*"), safe);
    }

    @Test
    void noScriptSurvives() {
        String safe = RichText.sanitize("<p onclick=\"steal()\">Hi</p><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a><iframe src=\"https://e.org\"></iframe>"
                + "<svg onload=alert(1)></svg><p style=\"background:url(javascript:alert(1))\">y</p>");
        String lower = safe.toLowerCase();
        assertFalse(lower.contains("script"), safe);
        assertFalse(lower.contains("onerror"), safe);
        assertFalse(lower.contains("onclick"), safe);
        assertFalse(lower.contains("javascript:"), safe);
        assertFalse(lower.contains("iframe"), safe);
        assertFalse(lower.contains("<svg"), safe);
        assertFalse(lower.contains("style="), safe);
    }

    @Test
    void plainTextDropsMarkupAndKeepsLineBreaks() {
        assertEquals("Decision: A & B\nNext", RichText.plain("<p>Decision: <i>A</i> &amp; B</p><p>Next</p>"));
        assertNull(RichText.sanitize(null));
        assertEquals("", RichText.sanitize("<script>x</script>"));
    }
}
