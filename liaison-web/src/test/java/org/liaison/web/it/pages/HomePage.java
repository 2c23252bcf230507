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
