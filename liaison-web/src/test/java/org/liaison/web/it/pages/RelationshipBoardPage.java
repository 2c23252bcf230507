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

    static RelationshipBoardPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("board:table")));
        return new RelationshipBoardPage(browser);
    }

    /** The health label of every row on the page. */
    public java.util.List<String> healths() {
        return browser.driver().findElements(By.cssSelector("#board\\:table_data .badge")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the health filter shows as chosen. */
    public String healthFilter() {
        return browser.driver().findElement(By.id("board:health_label")).getText();
    }

    /** Chooses a facility in the filter and presses Show; the board opens again with the filters in its address. */
    public RelationshipBoardPage showFacility(String name) {
        browser.chooseFromMenu("board:facility", name);
        WebElement table = browser.driver().findElement(By.id("board:table"));
        browser.driver().findElement(By.id("board:search")).click();
        browser.waiting().until(Browser.gone(table));
        return waitFor(browser);
    }

    /** Sorts the board by the agency column (a click on its header), A to Z. */
    public RelationshipBoardPage sortByAgency() {
        browser.driver().findElement(By.xpath(
                "//th[contains(@class,'ui-sortable-column')][.//span[normalize-space()='Agency']]")).click();
        // the rows are replaced in place: wait for the request to finish and the rows to read A to Z
        browser.waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"))
                && agencyNames().equals(agencyNames().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()));
        return this;
    }

    /** The facility of the board's first row. */
    public String facilityOfFirstRow() {
        return browser.driver().findElement(By.cssSelector("#board\\:table_data tr:first-child td:nth-child(3)"))
                .getText().trim();
    }

    /** The agency names of the rows on the page, in order. */
    public java.util.List<String> agencyNames() {
        return browser.driver().findElements(By.cssSelector("#board\\:table_data tr td:nth-child(2) a")).stream()
                .map(WebElement::getText).toList();
    }

    public String message() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /** The health label (e.g. "Lapsed") the board shows for the agency's relationship. */
    public String healthOf(String agencyName) {
        WebElement row = browser.driver().findElement(By.xpath(
                "//tbody[@id='board:table_data']/tr[.//a[normalize-space(.)=\"" + agencyName + "\"]]"));
        return row.findElement(By.cssSelector(".badge")).getText();
    }
}
