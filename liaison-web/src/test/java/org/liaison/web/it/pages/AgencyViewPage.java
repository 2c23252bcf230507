package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** agencies/view: one agency and its people. */
public final class AgencyViewPage {

    private final Browser browser;

    private AgencyViewPage(Browser browser) {
        this.browser = browser;
    }

    static AgencyViewPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("people")));
        return new AgencyViewPage(browser);
    }

    /** Presses Delete and confirms; the page says what happened (on this page or the list it goes to). */
    public String deleteConfirmed() {
        WebElement delete = browser.driver().findElement(By.id("agency:delete"));
        delete.click();
        browser.confirm();
        browser.waiting().until(Browser.gone(delete)); // a full postback: the page is replaced
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public static AgencyViewPage open(Browser browser, long id) {
        browser.go("/agencies/view?id=" + id);
        return waitFor(browser);
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String successMessage() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** The tel: links on the page: what an officer taps to call. */
    public List<String> telLinks() {
        return browser.driver().findElements(By.cssSelector("a[href^='tel:']")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    public boolean offersEditing() {
        return !browser.driver().findElements(By.id("edit-agency")).isEmpty()
                || !browser.driver().findElements(By.id("add-contact")).isEmpty()
                || !browser.driver().findElements(By.xpath("//*[normalize-space(.)='Verified today']")).isEmpty();
    }

    /**
     * Presses "Verified today" for a contact flagged as not verified in 180 days, or else for the first contact;
     * returns their name.
     */
    public String verifyAContact() {
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#people .contact-list li"));
        WebElement item = items.stream().filter(li -> li.getText().contains("Not verified in 180 days")).findFirst()
                .orElse(items.get(0));
        String name = item.findElement(By.tagName("strong")).getText();
        item.findElement(By.xpath(".//button[normalize-space(.)='Verified today']")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "is marked as verified today"));
        return name;
    }

    public String badgeOf(String contactName) {
        return browser.driver().findElements(By.cssSelector("#people .contact-list li")).stream()
                .filter(li -> li.findElement(By.tagName("strong")).getText().equals(contactName))
                .map(li -> li.findElement(By.cssSelector(".badge")).getText()).findFirst().orElse("");
    }

    public boolean isFlaggedAsStale(String contactName) {
        return browser.driver().findElements(By.cssSelector("#people .contact-list li")).stream()
                .filter(li -> li.findElement(By.tagName("strong")).getText().equals(contactName))
                .anyMatch(li -> li.getText().contains("Not verified in 180 days"));
    }

    public List<String> contactNames() {
        return browser.driver().findElements(By.cssSelector("#people .contact-list li strong")).stream()
                .map(WebElement::getText).toList();
    }
}
