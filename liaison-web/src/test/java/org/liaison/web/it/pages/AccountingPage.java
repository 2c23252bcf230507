package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** disclosures/accounting: one patient's accounting of disclosures, and what suspensions leave out of it. */
public final class AccountingPage {

    private final Browser browser;

    private AccountingPage(Browser browser) {
        this.browser = browser;
    }

    public static AccountingPage open(Browser browser) {
        browser.go("/disclosures/accounting");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("accounting:mrn")));
        return new AccountingPage(browser);
    }

    /** Shows the accounting for the patient, as made today. */
    public AccountingPage show(String mrn) {
        WebElement field = browser.driver().findElement(By.id("accounting:mrn"));
        field.clear();
        field.sendKeys(mrn);
        browser.driver().findElement(By.id("accounting:show")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("accounting:summary")));
        return this;
    }

    /** The times column of each recipient-and-purpose line. */
    public List<String> frequencies() {
        return browser.driver().findElements(By.cssSelector("#accounting\\:summary tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).size() >= 4)
                .map(r -> lastLine(r.findElements(By.tagName("td")).get(3).getText())).toList();
    }

    /** Each suspension that leaves disclosures out, as the page says it. */
    public List<String> heldBack() {
        return browser.driver().findElements(By.cssSelector("#held li")).stream().map(WebElement::getText).toList();
    }

    private static String lastLine(String text) {
        return text.contains("\n") ? text.substring(text.lastIndexOf('\n') + 1).trim() : text.trim();
    }
}
