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
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
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
