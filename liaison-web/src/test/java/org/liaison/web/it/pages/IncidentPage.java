package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** incidents/view: the record and the decision about its review. */
public final class IncidentPage {

    private final Browser browser;

    private IncidentPage(Browser browser) {
        this.browser = browser;
    }

    static IncidentPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));
        return new IncidentPage(browser);
    }

    public static IncidentPage open(Browser browser, long id) {
        browser.go("/incidents/view?id=" + id);
        return waitFor(browser);
    }

    public long id() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public ReviewPage openReview() {
        WebElement button = browser.driver().findElement(By.id("decision:open-review"));
        button.click();
        browser.waiting().until(Browser.gone(button));
        return ReviewPage.waitFor(browser);
    }
}
