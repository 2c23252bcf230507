package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** exercises/compliance: each facility against the CMS exercise rule. */
public final class CompliancePage {

    private final Browser browser;

    private CompliancePage(Browser browser) {
        this.browser = browser;
    }

    public static CompliancePage open(Browser browser) {
        browser.go("/exercises/compliance");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance")));
        return new CompliancePage(browser);
    }

    public String statusOf(String facilityCode) {
        return card(facilityCode).findElement(By.cssSelector(".compliance-status")).getText();
    }

    /** The lines under the facility: the exercises that count (title, date, why) and what is missing. */
    public List<String> countingOf(String facilityCode) {
        return card(facilityCode).findElements(By.cssSelector(".counted li")).stream().map(WebElement::getText)
                .toList();
    }

    private WebElement card(String facilityCode) {
        return browser.driver().findElement(By.id("facility-" + facilityCode));
    }
}
