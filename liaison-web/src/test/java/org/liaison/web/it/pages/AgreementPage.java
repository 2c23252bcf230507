package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** agreements/view: an agreement's terms and its lifecycle (submit, sign, activate, renew, terminate). */
public final class AgreementPage {

    private final Browser browser;

    private AgreementPage(Browser browser) {
        this.browser = browser;
    }

    static AgreementPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-status")));
        return new AgreementPage(browser);
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    /** The status as the chip reads, e.g. "Draft". */
    public String status() {
        return browser.driver().findElement(By.id("agreement-status")).getText();
    }

    public String message() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** The agencies listed as parties. */
    public String parties() {
        return browser.driver().findElement(By.xpath("//dt[normalize-space()='Agencies']/following-sibling::dd[1]"))
                .getText();
    }

    public AgreementPage submitForReview() {
        return press("submit");
    }

    public AgreementPage sign() {
        return press("sign");
    }

    public AgreementPage activate() {
        return press("activate");
    }

    /** Presses Terminate and confirms, with no reason given: the page stays and says why. */
    public String terminateWithoutReason() {
        browser.driver().findElement(By.id("lifecycle:terminate")).click();
        confirm();
        By message = By.xpath("//*[@id='lifecycle:reason']/ancestor::div[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message-error')]");
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(message)).getText();
    }

    public AgreementPage terminate(String reason) {
        WebElement field = browser.driver().findElement(By.id("lifecycle:reason"));
        field.clear();
        field.sendKeys(reason);
        WebElement status = browser.driver().findElement(By.id("agreement-status"));
        browser.driver().findElement(By.id("lifecycle:terminate")).click();
        confirm();
        browser.waiting().until(Browser.gone(status));
        return waitFor(browser);
    }

    public boolean offersLifecycle() {
        return !browser.driver().findElements(By.id("lifecycle")).isEmpty();
    }

    private void confirm() {
        browser.confirm();
    }

    private AgreementPage press(String button) {
        WebElement status = browser.driver().findElement(By.id("agreement-status"));
        browser.driver().findElement(By.id("lifecycle:" + button)).click();
        browser.waiting().until(Browser.gone(status));
        return waitFor(browser);
    }
}
