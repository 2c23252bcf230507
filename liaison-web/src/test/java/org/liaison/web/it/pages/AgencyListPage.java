package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** agencies/index: the directory with its search. */
public final class AgencyListPage {

    private final Browser browser;

    private AgencyListPage(Browser browser) {
        this.browser = browser;
    }

    public static AgencyListPage open(Browser browser) {
        browser.go("/agencies/");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("agencies:table")));
        return new AgencyListPage(browser);
    }

    public AgencyListPage searchByName(String name) {
        WebElement table = browser.driver().findElement(By.id("agencies:table_data"));
        WebElement field = browser.driver().findElement(By.id("agencies:name"));
        field.clear();
        field.sendKeys(name);
        browser.driver().findElement(By.id("agencies:search")).click();
        browser.waiting().until(Browser.gone(table));
        return this;
    }

    public List<String> agencyNames() {
        return browser.driver().findElements(By.cssSelector("#agencies\\:table_data td a[href*='view']")).stream()
                .map(WebElement::getText).toList();
    }

    public boolean offersToAddAgency() {
        return !browser.driver().findElements(By.id("add-agency")).isEmpty();
    }

    public AgencyEditPage addAgency() {
        browser.driver().findElement(By.id("add-agency")).click();
        return AgencyEditPage.waitFor(browser);
    }

    public AgencyViewPage openAgency(String name) {
        browser.driver().findElement(By.linkText(name)).click();
        return AgencyViewPage.waitFor(browser);
    }
}
