package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** bulletins/index: the bulletins one may read. */
public final class BulletinListPage {

    private final Browser browser;

    private BulletinListPage(Browser browser) {
        this.browser = browser;
    }

    public static BulletinListPage open(Browser browser) {
        browser.go("/bulletins/index");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bulletins:table")));
        return new BulletinListPage(browser);
    }

    public BulletinListPage search(String text) {
        WebElement before = browser.driver().findElement(By.cssSelector("#bulletins\\:table tbody"));
        browser.driver().findElement(By.id("bulletins:text")).sendKeys(text);
        browser.driver().findElement(By.id("bulletins:search")).click();
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(Browser.gone(before));
        return this;
    }

    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#bulletins\\:table tbody tr td a")).stream()
                .map(WebElement::getText).toList();
    }

    /** The acknowledgement column of the row with this title ("100 %"). */
    public String rateOf(String title) {
        return browser.driver().findElements(By.cssSelector("#bulletins\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst()
                .map(r -> r.findElements(By.tagName("td"))).map(cells -> cells.get(cells.size() - 1).getText())
                .map(t -> t.contains("\n") ? t.substring(t.lastIndexOf('\n') + 1).trim() : t.trim()).orElse("");
    }
}
