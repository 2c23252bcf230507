package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** agencies/edit: the agency form. */
public final class AgencyEditPage {

    private final Browser browser;

    private AgencyEditPage(Browser browser) {
        this.browser = browser;
    }

    static AgencyEditPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("agency:name")));
        return new AgencyEditPage(browser);
    }

    public AgencyEditPage name(String name) {
        return type("name", name);
    }

    public AgencyEditPage jurisdiction(String jurisdiction) {
        return type("jurisdiction", jurisdiction);
    }

    public AgencyEditPage nonEmergencyPhone(String phone) {
        return type("nonEmergencyPhone", phone);
    }

    /** Picks an option of a PrimeFaces select menu by its visible label. */
    public AgencyEditPage agencyType(String label) {
        return choose("type", label);
    }

    public AgencyEditPage facility(String label) {
        return choose("facilityId", label);
    }

    public AgencyViewPage save() {
        browser.driver().findElement(By.id("agency:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/agencies/view"));
        return AgencyViewPage.waitFor(browser);
    }

    /** Saves a form that has errors: the page stays, with a message beside each wrong field. */
    public AgencyEditPage saveExpectingErrors() {
        WebElement form = browser.driver().findElement(By.id("agency:save"));
        form.click();
        browser.waiting().until(Browser.gone(form));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")));
        return this;
    }

    /** The message shown beside a field (in the same form-field block), or empty. */
    public String messageBeside(String field) {
        WebElement input = browser.driver().findElement(By.id("agency:" + field));
        WebElement block = input.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        return block.findElements(By.cssSelector(".ui-message")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    /** Whether the input tells assistive technology that it failed (aria-invalid). */
    public boolean markedInvalid(String field) {
        return "true".equals(browser.driver().findElement(By.id("agency:" + field)).getAttribute("aria-invalid"));
    }

    /** The texts the input is described by (its hint), as a screen reader reads them with its name. */
    public String describedBy(String field) {
        String ids = browser.driver().findElement(By.id("agency:" + field)).getAttribute("aria-describedby");
        if (ids == null || ids.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(ids.trim().split("\\s+"))
                .map(id -> browser.driver().findElement(By.id(id)).getText()).collect(
                        java.util.stream.Collectors.joining(" "));
    }

    public String valueOf(String field) {
        return browser.driver().findElement(By.id("agency:" + field)).getDomProperty("value");
    }

    private AgencyEditPage type(String field, String text) {
        WebElement input = browser.driver().findElement(By.id("agency:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    private AgencyEditPage choose(String field, String label) {
        browser.chooseFromMenu("agency:" + field, label);
        return this;
    }
}
