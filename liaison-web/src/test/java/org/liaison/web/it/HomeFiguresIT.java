package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.liaison.web.it.pages.Browser;
import org.liaison.web.it.pages.HomePage;
import org.liaison.web.it.pages.LoginPage;

/**
 * The home keeps its figures in the person's session while nothing they count is written: viewed again, it shows the
 * same count from the same moment, also after a colleague signed in; after a colleague's change it counts again at
 * once, and so it does on asking.
 */
@RunAsClient
class HomeFiguresIT extends ApiTest {

    @Test
    void theHomeKeepsItsFiguresUntilAColleagueChangesSomething() {
        try (Browser director = Browser.open(deployed, false)) {
            HomePage home = LoginPage.open(director).signInAs("director", ApiFixture.PASSWORD);
            long before = home.agenciesCounted();
            String counted = home.countedAt();
            assertTrue(counted.startsWith("Figures as of "), counted);
            // the figures' time is to the second (the server's clock, on this machine): let one pass
            LocalTime shown = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
            director.waiting().until(driver -> LocalTime.now().truncatedTo(ChronoUnit.SECONDS).isAfter(shown));

            director.go("/index");
            assertEquals(counted, new HomePage(director).countedAt(), "kept: nothing was written");
            assertEquals(before, new HomePage(director).agenciesCounted());
            director.lookAtBothSizes("home-figures-kept");
            ((org.openqa.selenium.JavascriptExecutor) director.driver())
                    .executeScript("document.getElementById('counted-at').scrollIntoView()");
            director.screenshot("home-figures-counted-at");

            // a colleague signing in writes the audit trail (and may touch sign-in throttling): not a change to count
            try (Browser colleague = Browser.open(deployed, false)) {
                LoginPage.open(colleague).signInAs("manager", ApiFixture.PASSWORD);
            }
            director.go("/index");
            assertEquals(counted, new HomePage(director).countedAt(), "kept: a sign-in is not a change to what it counts");

            ApiFixture.newAgency(demo.as("manager"), demo.facilityId(ApiFixture.HOME_HOSPITAL));
            director.go("/index");
            assertEquals(before + 1, new HomePage(director).agenciesCounted(), "counted again after the change");
            assertNotEquals(counted, new HomePage(director).countedAt());

            String recounted = new HomePage(director).countedAt();
            LocalTime then = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
            director.waiting().until(driver -> LocalTime.now().truncatedTo(ChronoUnit.SECONDS).isAfter(then));
            director.go("/index?refresh");
            assertNotEquals(recounted, new HomePage(director).countedAt(), "counted again on asking");
            assertEquals(before + 1, new HomePage(director).agenciesCounted());
        }
    }
}
