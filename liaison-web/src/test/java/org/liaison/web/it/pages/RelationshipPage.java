package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** relationships/view: log an engagement, change terms. */
public final class RelationshipPage {

    private final Browser browser;

    private RelationshipPage(Browser browser) {
        this.browser = browser;
    }

    static RelationshipPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("log:summary")));
        return new RelationshipPage(browser);
    }

    public static RelationshipPage open(Browser browser, long relationshipId) {
        browser.go("/relationships/view?id=" + relationshipId);
        return waitFor(browser);
    }

    /** The relationship's health as the page shows it, e.g. "Lapsed". */
    public String health() {
        return browser.driver().findElement(By.id("health")).getText();
    }

    /** Logs a call dated today (the form's default) with what was discussed. */
    public RelationshipPage logCall(String summary) {
        WebElement field = browser.driver().findElement(By.id("log:summary"));
        field.sendKeys(summary);
        browser.driver().findElement(By.id("log:log-it")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is logged"));
        return this;
    }

    /** The summaries of the engagements the page lists, newest first. */
    public java.util.List<String> engagementSummaries() {
        return browser.driver().findElements(By.cssSelector("#engagements .engagement-summary")).stream()
                .map(WebElement::getText).toList();
    }

    public AgencyViewPage openAgencyPage() {
        browser.driver().findElement(By.linkText("Agency page")).click();
        return AgencyViewPage.waitFor(browser);
    }

    /** The owner the terms form shows (the picker's text), empty for nobody. */
    public String owner() {
        return browser.driver().findElement(By.id("terms:ownerId_input")).getDomProperty("value");
    }

    /** Hands the relationship over by typing part of a manager's name into the owner picker; answers the name picked. */
    public String handOverTo(String typed, String labelPart) {
        WebElement input = browser.driver().findElement(By.id("terms:ownerId_input"));
        input.clear();
        return browser.chooseFromPicker("terms:ownerId", typed, labelPart);
    }

    /** Saves the terms expecting a refusal that keeps the page open; answers the page's messages. */
    public String saveTermsRefused(String expected) {
        browser.driver().findElement(By.id("terms:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), expected));
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** Saves the terms; the board opens with the confirmation. */
    public RelationshipBoardPage saveTerms() {
        browser.driver().findElement(By.id("terms:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/relationships/index"));
        return RelationshipBoardPage.waitFor(browser);
    }
}
