package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hospital identity provider's own sign-in form (in the tests, mock-oauth2-server's interactive login: a user name
 * and the claims the provider vouches for, as JSON).
 */
public final class ProviderSignInPage {

    private final Browser browser;

    private ProviderSignInPage(Browser browser) {
        this.browser = browser;
    }

    static ProviderSignInPage shown(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        return new ProviderSignInPage(browser);
    }

    /** Signs in at the provider; the browser then goes back to Liaison. */
    public void signInAs(String subject, String claimsJson) {
        browser.driver().findElement(By.name("username")).sendKeys(subject);
        browser.driver().findElement(By.name("claims")).sendKeys(claimsJson);
        browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/liaison/"));
    }
}
