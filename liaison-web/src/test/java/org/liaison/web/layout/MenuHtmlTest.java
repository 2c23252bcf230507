package org.liaison.web.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.Role;

/** The navigation's markup: every link the person may use, once, with its address; the page's link marked. */
class MenuHtmlTest {

    private static final Pattern LINK = Pattern.compile("<a id=\"nav-([a-z-]+)\" href=\"([^\"]+)\"([^>]*)>([^<]*)</a>");

    @Test
    void everyLinkOfThePersonIsThereOnceWithItsExtensionlessAddressAndOnlyThePageLinkIsCurrent() {
        List<Menu.Group> groups = Menu.forPerson(Role.OFFICER_::equals);
        Menu.Link current = Menu.current(groups, "/agencies/view.xhtml");
        String html = MenuHtml.of(groups, current, false, "/liaison", key -> "[" + key + "]");

        Matcher m = LINK.matcher(html);
        int links = 0;
        int marked = 0;
        while (m.find()) {
            links++;
            if (m.group(3).contains("aria-current=\"page\"")) {
                marked++;
                assertEquals("agencies", m.group(1));
                assertEquals("/liaison/agencies/index", m.group(2));
            }
        }
        long expected = 1 + groups.stream().mapToLong(g -> g.links().size()).sum();
        assertEquals(expected, links, "home and each of the officer's links");
        assertEquals(1, marked);
        assertAll(
                () -> assertTrue(html.contains("<li class=\"nav-item nav-group current\"><button type=\"button\""
                        + " id=\"navgroup-directory\" class=\"nav-group-button\" aria-expanded=\"false\""
                        + " aria-controls=\"navlist-directory\">[navgroup.directory]")),
                () -> assertTrue(html.contains("<ul class=\"nav-list\" id=\"navlist-calendar\">")),
                () -> assertFalse(html.contains("navgroup-admin"), "an officer has no administration"),
                () -> assertTrue(html.contains(">[nav.home]</a>")));
    }

    @Test
    void theHomePageMarksHomeAndLabelsAreEscaped() {
        List<Menu.Group> groups = Menu.forPerson(Role.PARTNER_::equals);
        String html = MenuHtml.of(groups, null, true, "/liaison", key -> "<b>\"" + key + "\" & co</b>");
        assertTrue(html.startsWith("<ul class=\"nav-top\"><li class=\"nav-item\"><a id=\"nav-home\" href=\"/liaison/index\""
                + " class=\"nav-top-link active\" aria-current=\"page\">&lt;b&gt;&quot;nav.home&quot; &amp; co&lt;/b&gt;</a>"),
                html);
        assertFalse(html.contains("<b>"));
        assertFalse(html.contains("nav-group-button"), "a partner's groups are single links");
    }
}
