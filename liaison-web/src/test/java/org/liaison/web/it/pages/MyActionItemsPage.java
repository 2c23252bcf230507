package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** action-items/mine: the signed-in person's own action items. */
public final class MyActionItemsPage {

    private final Browser browser;

    private MyActionItemsPage(Browser browser) {
        this.browser = browser;
    }

    public static MyActionItemsPage open(Browser browser) {
        browser.go("/action-items/mine");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("my-items:table")));
        return new MyActionItemsPage(browser);
    }

    /** The titles listed, in the order shown (overdue first). */
    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#my-items\\:table .action-item-title")).stream()
                .map(WebElement::getText).toList();
    }
}
