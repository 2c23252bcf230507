package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** admin/users: the accounts list and one account's form (add, change, disable). */
public final class UserAdminPage {

    private final Browser browser;

    private UserAdminPage(Browser browser) {
        this.browser = browser;
    }

    public static UserAdminPage addUser(Browser browser) {
        browser.go("/admin/users/edit");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user:username")));
        return new UserAdminPage(browser);
    }

    public UserAdminPage type(String field, String text) {
        WebElement input = browser.driver().findElement(By.id("user:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public UserAdminPage role(String label) {
        browser.driver().findElement(By.xpath("//*[@id='user:roles']//label[normalize-space()=\"" + label + "\"]"))
                .click();
        return this;
    }

    public UserAdminPage facility(String name) {
        browser.tickInCheckboxMenu("user:facilityIds", name);
        return this;
    }

    /** Saves; the list of accounts opens with the confirmation. */
    public String save() {
        browser.driver().findElement(By.id("user:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/admin/users/index"));
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** Searches the list for the user name and opens that account. */
    public static UserAdminPage open(Browser browser, String username) {
        browser.go("/admin/users/");
        WebElement search = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("users:search")));
        search.sendKeys(username);
        WebElement table = browser.driver().findElement(By.id("users:table_data"));
        browser.driver().findElement(By.id("users:find")).click();
        browser.waiting().until(Browser.gone(table));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(username))).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user:toggle")));
        return new UserAdminPage(browser);
    }

    /** Presses "Disable account"; answers the message shown. */
    public String disable() {
        WebElement toggle = browser.driver().findElement(By.id("user:toggle"));
        toggle.click();
        browser.confirm(); // disabling ends the person's sessions at once, so the page asks first
        browser.waiting().until(Browser.gone(toggle));
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages li")))
                .getText();
    }

    public String toggleLabel() {
        return browser.driver().findElement(By.id("user:toggle")).getText();
    }

    /** The status badge the list shows for the user name. */
    public static String statusInList(Browser browser, String username) {
        browser.go("/admin/users/");
        WebElement search = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("users:search")));
        search.sendKeys(username);
        WebElement table = browser.driver().findElement(By.id("users:table_data"));
        browser.driver().findElement(By.id("users:find")).click();
        browser.waiting().until(Browser.gone(table));
        return browser.driver().findElement(By.xpath("//tbody[@id='users:table_data']/tr[.//a[normalize-space()=\""
                + username + "\"]]/td[last()]//span[contains(@class,'badge')]")).getText();
    }
}
