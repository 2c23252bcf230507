package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The officer's "record an incident" form on the home page. */
public final class IncidentRecordForm {

    private final Browser browser;

    private IncidentRecordForm(Browser browser) {
        this.browser = browser;
    }

    public static IncidentRecordForm onHome(Browser browser) {
        browser.go("/");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("record:record-it")));
        return new IncidentRecordForm(browser);
    }

    /** Types the start of the agency's name and picks it from the suggestions. */
    public IncidentRecordForm agency(String name) {
        WebElement input = browser.driver().findElement(By.id("record:agency_input"));
        input.sendKeys(name.substring(0, Math.min(8, name.length())));
        By suggestion = By.cssSelector("#record\\:agency_panel li[data-item-label=\"" + name + "\"]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("record:agency_panel")));
        return this;
    }

    public IncidentRecordForm whatHappened(String category) {
        browser.chooseFromMenu("record:category", category);
        return this;
    }

    public IncidentRecordForm where(String location) {
        browser.driver().findElement(By.id("record:location")).sendKeys(location);
        return this;
    }

    public IncidentRecordForm summary(String summary) {
        browser.driver().findElement(By.id("record:summary")).sendKeys(summary);
        return this;
    }

    /** Records it and answers the confirmation the page shows. */
    public String record() {
        browser.driver().findElement(By.id("record:record-it")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("record:recorded-link")));
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public IncidentPage openRecorded() {
        browser.driver().findElement(By.id("record:recorded-link")).click();
        return IncidentPage.waitFor(browser);
    }
}
