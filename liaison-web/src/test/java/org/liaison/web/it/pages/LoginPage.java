package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page. */
public final class LoginPage {

    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("/login");
        try {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            // say what the browser shows instead, so that a failure explains itself
            String body = browser.driver().findElements(By.tagName("body")).stream().findFirst()
                    .map(b -> b.getText()).orElse("(no body)");
            throw new AssertionError("no sign-in form at " + browser.driver().getCurrentUrl() + ", the page shows: "
                    + body.substring(0, Math.min(body.length(), 600)), notThere);
        }
        return new LoginPage(browser);
    }

    public HomePage signInAs(String username, String password) {
        typeCredentials(username, password);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        return new HomePage(browser);
    }

    public LoginPage signInExpectingRefusal(String username, String password) {
        typeCredentials(username, password);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error")));
        return this;
    }

    /** Whether the page offers the hospital account (single sign-on configured). */
    public boolean offersHospitalAccount() {
        return !browser.driver().findElements(By.id("sso")).isEmpty();
    }

    /** "Sign in with your hospital account": on to the hospital provider's own sign-in form. */
    public ProviderSignInPage signInWithHospitalAccount() {
        browser.driver().findElement(By.id("sso")).click();
        return ProviderSignInPage.shown(browser);
    }

    /** What the page says about a single sign-on that brought the person back, or "" when nothing. */
    public String singleSignOnMessage() {
        return browser.driver().findElements(By.id("sso-message")).stream().map(e -> e.getText()).findFirst()
                .orElse("");
    }

    public String message() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public boolean saysSignedOut() {
        return browser.driver().getPageSource().contains("You have signed out.");
    }

    private void typeCredentials(String username, String password) {
        browser.driver().findElement(By.id("login:username")).clear();
        browser.driver().findElement(By.id("login:username")).sendKeys(username);
        browser.driver().findElement(By.id("login:password")).sendKeys(password);
        browser.driver().findElement(By.id("login:submit")).click();
    }
}
