package org.liaison.web.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.liaison.domain.account.Role;

/** Who sees which group and link of the main navigation, and which link a page belongs to. */
class MenuTest {

    /** The menu as a person with {@code role} sees it: group id → link ids. */
    private static Map<String, List<String>> menuOf(String role) {
        Map<String, List<String>> menu = new LinkedHashMap<>();
        for (Menu.Group g : Menu.forPerson(role::equals)) {
            menu.put(g.id(), g.links().stream().map(Menu.Link::id).toList());
        }
        return menu;
    }

    @Test
    void aPartnerSeesOnlyWhatIsSharedWithTheirAgencyEachAsASingleLink() {
        assertEquals(Map.of("directory", List.of("agencies"), "relationships", List.of("agreements"),
                "calendar", List.of("calendar"), "training", List.of("exercises"), "feedback", List.of("reviews"),
                "sharing", List.of("bulletins")), menuOf(Role.PARTNER_));
        assertTrue(Menu.forPerson(Role.PARTNER_::equals).stream().allMatch(Menu.Group::isSingle));
    }

    @Test
    void anAuditorSeesTheReadingPagesAndTheAuditTrailButNoActionItemsOrTrainingRecordOrUsers() {
        Map<String, List<String>> menu = menuOf(Role.AUDITOR_);
        assertAll(
                () -> assertEquals(List.of("audit"), menu.get("admin")),
                () -> assertEquals(List.of("calendar", "meetings", "events"), menu.get("calendar")),
                () -> assertEquals(List.of("exercises", "compliance"), menu.get("training")),
                () -> assertEquals(List.of("bulletins", "disclosures"), menu.get("sharing")));
    }

    @Test
    void anOfficerHasTheirActionItemsAndTrainingRecordButNoAdministration() {
        Map<String, List<String>> menu = menuOf(Role.OFFICER_);
        assertAll(
                () -> assertEquals(List.of("who-to-call", "agencies", "facilities"), menu.get("directory")),
                () -> assertEquals(List.of("calendar", "meetings", "events", "my-action-items"), menu.get("calendar")),
                () -> assertEquals(List.of("exercises", "compliance", "training-record"), menu.get("training")),
                () -> assertEquals(List.of("incidents", "reviews", "corrective-actions"), menu.get("feedback")),
                () -> assertNull(menu.get("admin")));
    }

    @Test
    void anAdministratorManagesUsersAndReadsTheAuditTrailButKeepsNoDisclosures() {
        Map<String, List<String>> menu = menuOf(Role.ADMIN_);
        assertAll(
                () -> assertEquals(List.of("users", "audit"), menu.get("admin")),
                () -> assertEquals(List.of("bulletins"), menu.get("sharing")),
                () -> assertEquals(7, menu.size()));
    }

    @Test
    void aDirectorAndAManagerSeeEveryCapabilityButAdministration() {
        for (String role : List.of(Role.DIRECTOR_, Role.MANAGER_)) {
            assertEquals(List.of("directory", "relationships", "calendar", "training", "feedback", "sharing"),
                    List.copyOf(menuOf(role).keySet()), role);
        }
    }

    @Test
    void someoneWithTwoRolesSeesTheLinksOfBoth() {
        Set<String> roles = Set.of(Role.AUDITOR_, Role.OFFICER_);
        List<Menu.Group> menu = Menu.forPerson(roles::contains);
        assertTrue(menu.stream().flatMap(g -> g.links().stream()).map(Menu.Link::id).toList()
                .containsAll(List.of("audit", "training-record", "my-action-items")));
    }

    @Test
    void thePortalsServerAccountHasNoNavigation() {
        assertEquals(List.of(), Menu.forPerson(Role.PORTAL_::equals));
    }

    @Test
    void aPageBelongsToTheLinkWithTheLongestMatchingPath() {
        List<Menu.Group> menu = Menu.forPerson(Role.MANAGER_::equals);
        assertAll(
                () -> assertEquals("compliance", Menu.current(menu, "/exercises/compliance.xhtml").id()),
                () -> assertEquals("compliance", Menu.current(menu, "/exercises/coverage.xhtml").id()),
                () -> assertEquals("exercises", Menu.current(menu, "/exercises/view.xhtml").id()),
                () -> assertEquals("agencies", Menu.current(menu, "/contacts/edit.xhtml").id()),
                () -> assertEquals("my-action-items", Menu.current(menu, "/action-items/view.xhtml").id()),
                () -> assertNull(Menu.current(menu, "/index.xhtml")),
                () -> assertNull(Menu.current(menu, null)));
    }

    @Test
    void everyLabelIsInTheBundleAndEveryLinkOpensAPageThatExists() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MenuTest.class.getResourceAsStream("/org/liaison/web/messages.properties")) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> missing = new TreeSet<>();
        for (Menu.Group group : Menu.all()) {
            if (!messages.containsKey(group.key())) {
                missing.add(group.key());
            }
            for (Menu.Link link : group.links()) {
                if (!messages.containsKey(link.key())) {
                    missing.add(link.key());
                }
                if (!Files.exists(Path.of("src/main/webapp" + link.outcome() + ".xhtml"))) {
                    missing.add(link.outcome() + ".xhtml");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
