package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page, and the header every page shares. */
public final class HomePage {

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
    }

    public String signedInName() {
        return browser.driver().findElement(By.id("current-user")).getText();
    }

    /** The figure (a link) with the given id on the home dashboard, e.g. "lapsed", "due", "expiring". */
    public String figure(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** Follows a figure to the list it counts. */
    public RelationshipBoardPage openBoardBehind(String figureId) {
        browser.driver().findElement(By.id(figureId)).click();
        browser.waiting().until(ExpectedConditions.urlContains("/relationships/"));
        return RelationshipBoardPage.waitFor(browser);
    }

    /** The facility names of the "hospitals side by side" table, in order. */
    public java.util.List<String> breakdownFacilities() {
        return browser.driver().findElements(By.cssSelector("#facility-breakdown tbody th")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    public AgencyListPage openAgencies() {
        return AgencyListPage.open(browser);
    }

    public LoginPage signOut() {
        browser.driver().findElement(By.id("signout:button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        return LoginPage.open(browser);
    }

    public static LoginPage signOut(Browser browser) {
        return new HomePage(browser).signOut();
    }
}
