package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** bulletins/edit: a manager writes a bulletin and publishes it. */
public final class BulletinEditPage {

    private final Browser browser;

    private BulletinEditPage(Browser browser) {
        this.browser = browser;
    }

    public static BulletinEditPage openNew(Browser browser) {
        browser.go("/bulletins/edit");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bulletin:title")));
        return new BulletinEditPage(browser);
    }

    public BulletinEditPage title(String title) {
        browser.driver().findElement(By.id("bulletin:title")).sendKeys(title);
        return this;
    }

    public BulletinEditPage category(String label) {
        browser.chooseFromMenu("bulletin:category", label);
        return this;
    }

    public BulletinEditPage label(String label) {
        browser.chooseFromMenu("bulletin:tlp", label);
        return this;
    }

    public BulletinEditPage text(String text) {
        browser.driver().findElement(By.id("bulletin:body")).sendKeys(text);
        return this;
    }

    /** Types part of the agency's name into the picker and picks it from the suggestions. */
    public BulletinEditPage toAgency(String name) {
        WebElement input = browser.driver().findElement(By.id("bulletin:agencyPick_input"));
        input.sendKeys(name.substring(0, Math.min(name.length(), 12)));
        By suggestion = By.cssSelector("#bulletin\\:agencyPick_panel li[data-item-label=\"" + name + "\"]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulletin:agencies"), name));
        return this;
    }

    public BulletinEditPage acknowledgeBy(String date) {
        WebElement input = browser.driver().findElement(By.id("bulletin:acknowledgementDeadline_input"));
        input.sendKeys(date);
        input.sendKeys(Keys.ESCAPE);
        return this;
    }

    public BulletinPage saveAndPublish() {
        browser.driver().findElement(By.id("bulletin:publish")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bulletin-status")));
        return new BulletinPage(browser);
    }
}
