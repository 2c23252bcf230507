package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** relationships/index: the board, worst first. */
public final class RelationshipBoardPage {

    private final Browser browser;

    private RelationshipBoardPage(Browser browser) {
        this.browser = browser;
    }

    public static RelationshipBoardPage open(Browser browser) {
        browser.go("/relationships/");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("board:table")));
        return new RelationshipBoardPage(browser);
    }

    /**
     * The agencies whose relationship shows the given health label (e.g. "Lapsed") and that have a primary contact
     * to call, in board order.
     */
    public List<String> agenciesWithHealthAndAContact(String label) {
        return browser.driver().findElements(By.cssSelector("#board\\:table_data tr")).stream()
                .filter(row -> row.findElements(By.cssSelector(".badge")).stream()
                        .anyMatch(b -> b.getText().equals(label)))
                .filter(row -> !row.findElements(By.cssSelector("a[href^='tel:']")).isEmpty())
                .map(row -> row.findElement(By.cssSelector("a[href*='relationships/view']")).getText())
                .toList();
    }

    public String healthOf(String agencyName) {
        WebElement row = browser.driver().findElement(By.xpath(
                "//tbody[@id='board:table_data']/tr[.//a[normalize-space(.)=\"" + agencyName + "\"]]"));
        return row.findElement(By.cssSelector(".badge")).getText();
    }

    public RelationshipPage openRelationship(String agencyName) {
        browser.driver().findElement(By.linkText(agencyName)).click();
        return RelationshipPage.waitFor(browser);
    }
}
