package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** exercises/edit: planning an exercise, its conflicts and the free slots offered. */
public final class ExerciseEditPage {

    private final Browser browser;

    private ExerciseEditPage(Browser browser) {
        this.browser = browser;
    }

    public static ExerciseEditPage open(Browser browser) {
        browser.go("/exercises/edit");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("exercise:title")));
        return new ExerciseEditPage(browser);
    }

    public ExerciseEditPage title(String title) {
        return type("title", title);
    }

    public ExerciseEditPage location(String location) {
        return type("location", location);
    }

    public ExerciseEditPage durationMinutes(int minutes) {
        return type("durationMinutes", String.valueOf(minutes));
    }

    /** Types the start as shown in the field (yyyy-MM-dd HH:mm) and leaves the field. */
    public ExerciseEditPage startsAt(String dayAndTime) {
        WebElement input = browser.driver().findElement(By.id("exercise:startsAt_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(dayAndTime, Keys.TAB);
        browser.waiting().until(d -> dayAndTime.equals(d.findElement(By.id("exercise:startsAt_input"))
                .getDomProperty("value")));
        return this;
    }

    public ExerciseEditPage hseepType(String label) {
        browser.chooseFromMenu("exercise:type", label);
        return this;
    }

    public ExerciseEditPage scenario(String label) {
        browser.chooseFromMenu("exercise:scenario", label);
        return this;
    }

    /** Types part of the agency's name into the lazy picker and picks it from the suggestions. */
    public ExerciseEditPage agency(String name) {
        WebElement input = browser.driver().findElement(By.id("exercise:agencyPick_input"));
        input.sendKeys(name.substring(0, Math.min(12, name.length())));
        By item = By.cssSelector("#exercise\\:agencyPick_panel li[data-item-label=\"" + name + "\"]");
        try {
            browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("exercise-agency-picker");
            throw new AssertionError("no suggestion " + name + " in: " + browser.driver().findElements(
                    By.id("exercise:agencyPick_panel")).stream().map(p -> p.getDomProperty("outerHTML")).toList()
                    + " console: " + browser.consoleErrors(), e);
        }
        browser.waiting().until(d -> d.findElements(By.cssSelector("#chosen-agencies .chosen-name")).stream()
                .anyMatch(e -> e.getText().equals(name)));
        return this;
    }

    /** Saves a time and place that collide: the page stays and names the conflicts. */
    public ExerciseEditPage saveExpectingConflicts() {
        browser.driver().findElement(By.id("exercise:save")).click();
        try {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#exercise .conflict")));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("exercise-no-conflict");
            throw new AssertionError("no conflict shown; page says: " + browser.driver().findElement(By.id("main"))
                    .getText(), e);
        }
        return this;
    }

    public List<String> conflicts() {
        return browser.driver().findElements(By.cssSelector("#exercise .conflict")).stream().map(WebElement::getText)
                .toList();
    }

    public List<String> freeSlots() {
        return browser.driver().findElements(By.cssSelector("#exercise .slot")).stream().map(WebElement::getText)
                .toList();
    }

    /** Takes the first free slot offered: the start moves there and the conflicts go. */
    public ExerciseEditPage pickFirstFreeSlot() {
        WebElement slot = browser.driver().findElements(By.cssSelector("#exercise .slot")).get(0);
        slot.click();
        browser.waiting().until(Browser.gone(slot));
        browser.waiting().until(d -> d.findElements(By.cssSelector("#exercise .conflict")).isEmpty());
        return this;
    }

    public String startsAt() {
        return browser.driver().findElement(By.id("exercise:startsAt_input")).getDomProperty("value");
    }

    public ExerciseViewPage save() {
        browser.driver().findElement(By.id("exercise:save")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/exercises/view"));
        return ExerciseViewPage.waitFor(browser);
    }

    private ExerciseEditPage type(String field, String text) {
        WebElement input = browser.driver().findElement(By.id("exercise:" + field));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
