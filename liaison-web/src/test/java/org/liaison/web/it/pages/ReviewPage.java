package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** reviews/view: a review from opening to closing, as staff and partners meet it. */
public final class ReviewPage {

    private final Browser browser;

    private ReviewPage(Browser browser) {
        this.browser = browser;
    }

    static ReviewPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("review-status")));
        return new ReviewPage(browser);
    }

    public static ReviewPage open(Browser browser, long id) {
        browser.go("/reviews/view?id=" + id);
        return waitFor(browser);
    }

    public long id() {
        return Long.parseLong(browser.driver().findElement(By.id("review-status")).getDomAttribute("data-review-id"));
    }

    /** The status as the page shows it, e.g. "Agency input". */
    public String status() {
        return browser.driver().findElement(By.id("review-status")).getText();
    }

    public String message() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** Changes the review's title in its text form and saves. */
    public ReviewPage saveTitle(String title) {
        WebElement field = browser.driver().findElement(By.id("text:title"));
        field.clear();
        field.sendKeys(title);
        return submit(By.id("text:save"));
    }

    public String title() {
        return browser.driver().findElement(By.id("text:title")).getDomProperty("value");
    }

    public ReviewPage addFinding(String kind, String capability, String rating, String text) {
        browser.chooseFromMenu("finding:kind", kind);
        browser.chooseFromMenu("finding:capability", capability);
        browser.chooseFromMenu("finding:rating", rating);
        browser.driver().findElement(By.id("finding:text")).sendKeys(text);
        return submit(By.id("finding:add"));
    }

    public List<String> findings() {
        return texts(".finding-text");
    }

    public ReviewPage askTheAgencyForInput() {
        return submit(By.id("lifecycle:request-input"));
    }

    public ReviewPage approve() {
        return submit(By.id("lifecycle:approve"));
    }

    public ReviewPage trackTheActions() {
        return submit(By.id("lifecycle:start-tracking"));
    }

    public ReviewPage close() {
        return submit(By.id("lifecycle:close"));
    }

    public boolean offersApproval() {
        return !browser.driver().findElements(By.id("lifecycle:approve")).isEmpty();
    }

    /** A partner adds the agency's side. */
    public ReviewPage addOurSide(String text) {
        browser.driver().findElement(By.id("comment:text")).sendKeys(text);
        return submit(By.id("comment:send"));
    }

    /** The agency's comments as shown, each with its marking (agency, author). */
    public List<String> agencySide() {
        return texts(".comment");
    }

    public boolean offersFindingForm() {
        return !browser.driver().findElements(By.id("finding:add")).isEmpty();
    }

    /**
     * Plans one corrective action with the review page's form: the element from its menu, the due date picked in
     * its calendar, the issue and the action typed.
     */
    public ReviewPage planAction(String issue, String action, String element, String organisation,
            java.time.LocalDate dueOn) {
        browser.chooseFromMenu("action:element", element);
        browser.driver().findElement(By.id("action:organisation")).sendKeys(organisation);
        browser.pickDate("action:dueOn", dueOn);
        browser.driver().findElement(By.id("action:issue")).sendKeys(issue);
        browser.driver().findElement(By.id("action:actionText")).sendKeys(action);
        return submit(By.id("action:plan-it"));
    }

    public List<String> actionTexts() {
        return texts(".action-text");
    }

    /** Presses the lifecycle button of the (only) corrective action: accept, start, complete or verify. */
    public ReviewPage actionMove(String move) {
        return submit(By.cssSelector(".move-" + move));
    }

    public List<String> actionStatuses() {
        return texts(".action-status");
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private ReviewPage submit(By button) {
        WebElement element = browser.waiting().until(ExpectedConditions.elementToBeClickable(button));
        element.click();
        browser.waiting().until(Browser.gone(element));
        return waitFor(browser);
    }
}
