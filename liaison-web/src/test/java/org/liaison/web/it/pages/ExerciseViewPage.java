package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** exercises/view: one exercise, its lifecycle buttons and its registrations. */
public final class ExerciseViewPage {

    private final Browser browser;

    private ExerciseViewPage(Browser browser) {
        this.browser = browser;
    }

    static ExerciseViewPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("exercise-status")));
        return new ExerciseViewPage(browser);
    }

    public static ExerciseViewPage open(Browser browser, long id) {
        browser.go("/exercises/view?id=" + id);
        return waitFor(browser);
    }

    public long id() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    public String status() {
        return browser.driver().findElement(By.id("exercise-status")).getText();
    }

    public String when() {
        return browser.driver().findElement(By.id("exercise-when")).getText();
    }

    /** A lifecycle button (plan, schedule, conduct, ...); waits for the page to show the new status. */
    public ExerciseViewPage move(String button) {
        WebElement status = browser.driver().findElement(By.id("exercise-status"));
        browser.driver().findElement(By.id("lifecycle:" + button)).click();
        browser.waiting().until(Browser.gone(status));
        return waitFor(browser);
    }

    /** Schedule refused: the conflicts the page lists (each names what it collides with). */
    public List<String> scheduleExpectingConflicts() {
        browser.driver().findElement(By.id("lifecycle:schedule")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("schedule-conflicts")));
        return browser.driver().findElements(By.cssSelector("#schedule-conflicts li")).stream()
                .map(WebElement::getText).toList();
    }

    /** After conflicts were listed: schedule anyway, giving the reason. */
    public ExerciseViewPage scheduleAnyway(String reason) {
        browser.driver().findElement(By.id("lifecycle:overrideReason")).sendKeys(reason);
        return move("scheduleAnyway");
    }

    /** Attaches a file from the documents section; waits for it to be listed. */
    public ExerciseViewPage attachDocument(java.nio.file.Path file) {
        browser.driver().findElement(By.cssSelector("#attach input[type='file']")).sendKeys(file.toString());
        browser.driver().findElement(By.id("attach:attachDocument")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                file.getFileName().toString()));
        return waitFor(browser);
    }

    /** Attaches a file the page refuses; answers the message beside the file field. */
    public String attachRefused(java.nio.file.Path file) {
        browser.driver().findElement(By.cssSelector("#attach input[type='file']")).sendKeys(file.toString());
        WebElement attach = browser.driver().findElement(By.id("attach:attachDocument"));
        attach.click();
        browser.waiting().until(Browser.gone(attach));
        return browser.driver().findElements(By.cssSelector("#attach .field .ui-message")).stream()
                .map(WebElement::getText).reduce("", String::concat);
    }

    public List<String> documents() {
        return browser.driver().findElements(By.cssSelector("#documents li")).stream().map(WebElement::getText)
                .toList();
    }

    /** Registers an agency officer, picked by typing part of their last name. */
    public ExerciseViewPage registerAgencyOfficer(String lastName, String label) {
        WebElement input = browser.driver().findElement(By.id("registrations:person_input"));
        input.clear();
        input.sendKeys(lastName);
        By item = By.cssSelector("#registrations\\:person_panel li[data-item-label=\"" + label + "\"]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("registrations:person_panel")));
        WebElement table = browser.driver().findElement(By.id("registrations:people"));
        browser.driver().findElement(By.id("registrations:addPerson")).click();
        browser.waiting().until(Browser.gone(table));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registrations:people")));
        return this;
    }

    public List<String> registeredPeople() {
        return browser.driver().findElements(By.cssSelector("#registrations\\:people tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
    }

    public String places() {
        return browser.driver().findElement(By.id("places")).getText();
    }

    public RosterPage openRoster() {
        browser.driver().findElement(By.id("roster-link")).click();
        return RosterPage.waitFor(browser);
    }
}
