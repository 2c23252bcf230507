package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** agreements/edit: draft an agreement or change its terms and parties. */
public final class AgreementEditPage {

    private final Browser browser;

    private AgreementEditPage(Browser browser) {
        this.browser = browser;
    }

    public static AgreementEditPage openNew(Browser browser) {
        browser.go("/agreements/edit");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement:title")));
        return new AgreementEditPage(browser);
    }

    public AgreementEditPage title(String title) {
        return type("title", title);
    }

    public AgreementEditPage agreementType(String label) {
        browser.chooseFromMenu("agreement:type", label);
        return this;
    }

    /**
     * Sets the period through the date pickers' own widget API: typing a second date picker right after a first loses
     * the second value in headless Chromium (the first picker's outside-click handler blurs it), which no person meets.
     */
    public AgreementEditPage effective(java.time.LocalDate from, java.time.LocalDate until) {
        setDate("effectiveOn", from);
        setDate("expiresOn", until);
        return this;
    }

    /** Ticks a facility in the facilities menu by its name. */
    public AgreementEditPage facility(String name) {
        browser.tickInCheckboxMenu("agreement:facilityIds", name);
        return this;
    }

    /** Adds a party by typing part of its name into the agencies picker; answers the name picked. */
    public String addAgency(String typed) {
        return browser.chooseFromPicker("agreement:agencyIds", typed, typed);
    }

    /** The parties the picker holds, as chips. */
    public java.util.List<String> agencies() {
        return browser.driver().findElements(By.cssSelector("#agreement\\:agencyIds .ui-autocomplete-token-label"))
                .stream().map(WebElement::getText).toList();
    }

    public AgreementPage save() {
        browser.driver().findElement(By.id("agreement:save")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/agreements/view")
                || !d.findElements(By.cssSelector(".ui-message-error, #messages .ui-messages-error")).isEmpty());
        if (!browser.driver().getCurrentUrl().contains("/agreements/view")) {
            throw new AssertionError("the agreement was not saved: " + browser.driver()
                    .findElements(By.cssSelector(".ui-message-error, #messages .ui-messages-error")).stream()
                    .map(WebElement::getText).toList());
        }
        return AgreementPage.waitFor(browser);
    }

    public AgreementEditPage saveExpectingErrors() {
        WebElement save = browser.driver().findElement(By.id("agreement:save"));
        save.click();
        browser.waiting().until(Browser.gone(save));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")));
        return this;
    }

    public String messageBeside(String field) {
        WebElement input = browser.driver().findElement(By.id("agreement:" + field));
        WebElement block = input.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        return block.findElements(By.cssSelector(".ui-message")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    private void setDate(String field, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                "agreement:" + field, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        browser.waiting().until(d -> date.toString().equals(
                d.findElement(By.id("agreement:" + field + "_input")).getDomProperty("value")));
    }

    private AgreementEditPage type(String field, String text) {
        WebElement input = browser.driver().findElement(By.id("agreement:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
