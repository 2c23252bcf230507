package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** exercises/roster: attendance on the day, one tap per person. */
public final class RosterPage {

    private final Browser browser;

    private RosterPage(Browser browser) {
        this.browser = browser;
    }

    static RosterPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("roster-count")));
        return new RosterPage(browser);
    }

    public List<String> names() {
        return browser.driver().findElements(By.cssSelector(".roster-name")).stream().map(WebElement::getText).toList();
    }

    public RosterPage markPresent(String name) {
        return tap(name, "present");
    }

    public RosterPage markAbsent(String name) {
        return tap(name, "absent");
    }

    private RosterPage tap(String name, String button) {
        WebElement row = browser.driver().findElements(By.cssSelector(".roster-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".roster-name")).getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " on the roster"));
        row.findElement(By.cssSelector("button[id$='" + button + "']")).click();
        browser.waiting().until(Browser.gone(row));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("roster-count")));
        return this;
    }

    public String count() {
        return browser.driver().findElement(By.id("roster-count")).getText();
    }
}
