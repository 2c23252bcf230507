package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.HomePage;
import org.liaison.web.it.pages.LoginPage;

/**
 * The home keeps its figures for a minute in the person's session: a colleague's change shows after that minute or
 * when the person asks ("Count them again"); the person's own change shows at once.
 */
@RunAsClient
class HomeFiguresIT extends ApiTest {

    @Test
    void aColleaguesNewAgencyShowsWhenTheDirectorCountsAgainAndTheirOwnAtOnce() {
        String path = deployed.getPath().endsWith("/") ? deployed.getPath().substring(0, deployed.getPath().length() - 1)
                : deployed.getPath();
        try (Browser director = Browser.open("http://127.0.0.1:" + deployed.getPort() + path, false)) {
            HomePage home = LoginPage.open(director).signInAs("director", ApiFixture.PASSWORD);
            long before = home.agenciesCounted();
            assertTrue(home.countedAt().startsWith("Figures as of "), home.countedAt());

            ApiFixture.newAgency(demo.as("manager"), demo.facilityId(ApiFixture.HOME_HOSPITAL));
            director.go("/index");
            assertEquals(before, new HomePage(director).agenciesCounted(), "kept for a minute");
            director.lookAtBothSizes("home-figures-kept");
            ((org.openqa.selenium.JavascriptExecutor) director.driver())
                    .executeScript("document.getElementById('counted-at').scrollIntoView()");
            director.screenshot("home-figures-counted-at");

            director.go("/index?refresh");
            assertEquals(before + 1, new HomePage(director).agenciesCounted(), "counted again on asking");

            String name = "Own Agency " + ApiFixture.unique();
            new HomePage(director).openAgencies().addAgency().name(name).agencyType("Municipal police")
                    .jurisdiction("Ashford Park").nonEmergencyPhone("(312) 555-0142").save();
            director.go("/index");
            assertEquals(before + 2, new HomePage(director).agenciesCounted(), "the director's own change at once");
        }
    }
}
