package org.liaison.web.it.pages;

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

    /** The health label (e.g. "Lapsed") the board shows for the agency's relationship. */
    public String healthOf(String agencyName) {
        WebElement row = browser.driver().findElement(By.xpath(
                "//tbody[@id='board:table_data']/tr[.//a[normalize-space(.)=\"" + agencyName + "\"]]"));
        return row.findElement(By.cssSelector(".badge")).getText();
    }
}
