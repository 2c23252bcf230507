package org.liaison.web.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** meetings/view: record the meeting as held, write its minutes, add action items. */
public final class MeetingPage {

    private final Browser browser;

    private MeetingPage(Browser browser) {
        this.browser = browser;
    }

    public static MeetingPage open(Browser browser, long meetingId) {
        browser.go("/meetings/view?id=" + meetingId);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-status")));
        return new MeetingPage(browser);
    }

    public String status() {
        return browser.driver().findElement(By.id("meeting-status")).getText();
    }

    /** Everyone invited was there. */
    public MeetingPage recordAsHeld() {
        browser.driver().findElement(By.id("lifecycle:mark-held")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("meeting-status"), "Held"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#minutes\\:decisions .ql-editor")));
        return this;
    }

    /** Types the minutes into the two rich-text editors; the decisions start with a bold heading. */
    public MeetingPage writeMinutes(String boldHeading, String decisions, String discussion) {
        WebElement field = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#minutes\\:decisions .ql-editor")));
        field.click();
        browser.driver().findElement(By.cssSelector("#minutes\\:decisions button.ql-bold")).click();
        field.sendKeys(boldHeading);
        browser.driver().findElement(By.cssSelector("#minutes\\:decisions button.ql-bold")).click();
        field.sendKeys(Keys.ENTER, decisions);
        WebElement discussionField = browser.driver().findElement(By.cssSelector("#minutes\\:discussion .ql-editor"));
        discussionField.click();
        discussionField.sendKeys(discussion);
        browser.driver().findElement(By.id("minutes:save-minutes")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "minutes are saved"));
        return this;
    }

    /** Types into the decisions editor and presses Save. */
    public MeetingPage saveDecisions(String typed) {
        WebElement field = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#minutes\\:decisions .ql-editor")));
        field.click();
        field.sendKeys(typed);
        return saveMinutes();
    }

    /** Presses Save on the minutes as they stand. */
    public MeetingPage saveMinutes() {
        browser.driver().findElement(By.id("minutes:save-minutes")).click();
        return this;
    }

    /** Presses "Approve the minutes". */
    public MeetingPage approveMinutes() {
        browser.driver().findElement(By.id("lifecycle:approve")).click();
        return this;
    }

    /** Waits until the page's messages say {@code part}; fails after the wait if they never do. */
    public MeetingPage says(String part) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), part));
        return this;
    }

    /** The decisions as typed in the editor (not yet saved). */
    public String decisionsInEditor() {
        return browser.driver().findElement(By.cssSelector("#minutes\\:decisions .ql-editor")).getText();
    }

    /** The decisions someone else saved meanwhile, shown above the editors; empty when none are shown. */
    public String theirDecisions() {
        return browser.driver().findElements(By.id("their-decisions")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Adds an action item owned by the staff member the picker finds for {@code ownerName}. */
    public MeetingPage addActionItem(String title, String ownerName, String dueOn) {
        browser.driver().findElement(By.id("add-item:title")).sendKeys(title);
        WebElement owner = browser.driver().findElement(By.id("add-item:ownerUserId_input"));
        owner.sendKeys(ownerName);
        By choice = By.cssSelector("#add-item\\:ownerUserId_panel li[data-item-label=\"" + ownerName + "\"]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(choice)).click();
        WebElement due = browser.driver().findElement(By.id("add-item:dueOn_input"));
        due.sendKeys(dueOn, Keys.ESCAPE);
        browser.driver().findElement(By.id("add-item:add")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("items"), title));
        return this;
    }
}
