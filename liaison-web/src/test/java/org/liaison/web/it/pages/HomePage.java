package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page, and the header every page shares. */
public final class HomePage {

    private final Browser browser;

    public HomePage(Browser browser) {
        this.browser = browser;
    }

    public String signedInName() {
        return browser.driver().findElement(By.id("current-user")).getText();
    }

    /** The figure (a link) with the given id on the home dashboard, e.g. "lapsed", "due", "expiring". */
    public String figure(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** How many agencies the directory card counts. */
    public long agenciesCounted() {
        String counts = browser.driver().findElement(By.id("directory-counts")).getText();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("^(\\d+) agencies").matcher(counts);
        if (!number.find()) {
            throw new AssertionError("no agency count in: " + counts);
        }
        return Long.parseLong(number.group(1));
    }

    /** The line saying when the figures were counted, with its link to count them again. */
    public String countedAt() {
        return browser.driver().findElement(By.id("counted-at")).getText();
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
        pressSignOut(browser);
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        return LoginPage.open(browser);
    }

    /**
     * Presses "Sign out" as a person does: it is in the account menu under their name (on a narrow screen, behind
     * the menu button first).
     */
    public static void pressSignOut(Browser browser) {
        openAccountMenu(browser);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("signout:button"))).click();
    }

    /** Opens the menu under the signed-in person's name: change password, sign out. */
    public static void openAccountMenu(Browser browser) {
        var menuButton = browser.driver().findElement(By.id("menu-button"));
        if (menuButton.isDisplayed()) {
            if (!"true".equals(menuButton.getAttribute("aria-expanded"))) {
                menuButton.click();
            }
            return; // behind the menu button the account's links are listed open
        }
        var account = browser.driver().findElement(By.id("account-button"));
        if (!"true".equals(account.getAttribute("aria-expanded"))) {
            account.click();
        }
    }

    /**
     * Opens the navigation group {@code group} ("directory", "calendar", ...) and follows its link {@code link}
     * ("agencies", "meetings", ...), the way a person does on a desktop.
     */
    public static void follow(Browser browser, String group, String link) {
        browser.driver().findElement(By.id("navgroup-" + group)).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("nav-" + link))).click();
    }

    public static LoginPage signOut(Browser browser) {
        return new HomePage(browser).signOut();
    }
}
