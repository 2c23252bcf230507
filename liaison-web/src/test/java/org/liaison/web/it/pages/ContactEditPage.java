package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** contacts/edit: change a contact's details, or move them to another agency. */
public final class ContactEditPage {

    private final Browser browser;

    private ContactEditPage(Browser browser) {
        this.browser = browser;
    }

    public static ContactEditPage open(Browser browser, long contactId) {
        browser.go("/contacts/edit?id=" + contactId);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contact:firstName")));
        return new ContactEditPage(browser);
    }

    public ContactEditPage rank(String rank) {
        WebElement input = browser.driver().findElement(By.id("contact:rank"));
        input.clear();
        input.sendKeys(rank);
        return this;
    }

    /** Moves the contact by typing part of the other agency's name into the agency picker; answers the name picked. */
    public String moveTo(String typed) {
        WebElement input = browser.driver().findElement(By.id("contact:agencyChoice_input"));
        input.clear();
        return browser.chooseFromPicker("contact:agencyChoice", typed, typed);
    }

    public AgencyViewPage save() {
        browser.driver().findElement(By.id("contact:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/agencies/view"));
        return AgencyViewPage.waitFor(browser);
    }
}
