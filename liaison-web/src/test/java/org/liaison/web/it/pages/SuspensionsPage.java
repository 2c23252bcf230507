package org.liaison.web.it.pages;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** disclosures/suspensions: law enforcement's requests to suspend the accounting, recorded and ended. */
public final class SuspensionsPage {

    private final Browser browser;

    private SuspensionsPage(Browser browser) {
        this.browser = browser;
    }

    public static SuspensionsPage open(Browser browser) {
        browser.go("/disclosures/suspensions");
        return waitFor(browser);
    }

    private static SuspensionsPage waitFor(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:table")));
        return new SuspensionsPage(browser);
    }

    /** Records a written request for one patient, holding until the given day (the request is dated today). */
    public SuspensionsPage recordWritten(String agency, String mrn, LocalDate until, String requestedBy) {
        browser.chooseFromPicker("suspend:agency", agency.substring(0, Math.min(agency.length(), 10)), agency);
        browser.driver().findElement(By.id("suspend:mrn")).sendKeys(mrn);
        browser.pickDate("suspend:until", until);
        browser.driver().findElement(By.id("suspend:requestedBy")).sendKeys(requestedBy);
        browser.driver().findElement(By.id("suspend:statement")).sendKeys("Ongoing investigation");
        return submit(By.id("suspend:record"));
    }

    /** Puts the oral request chosen by its label (agency – official (date)) in writing until the given day. */
    public SuspensionsPage putInWriting(String label, LocalDate until) {
        browser.chooseFromMenu("written:writtenId", label);
        browser.pickDate("written:writtenUntil", until);
        return submit(By.id("written:makeWritten"));
    }

    /** The whole row the list shows for the request made by this official. */
    public String rowOf(String requestedBy) {
        return row(requestedBy).getText();
    }

    /** The state the list shows for the request made by this official ("Holds", "Ended early"...). */
    public String stateOf(String requestedBy) {
        return row(requestedBy).findElement(By.cssSelector(".suspension-state")).getText();
    }

    public boolean offersToEnd(String requestedBy) {
        return !row(requestedBy).findElements(By.cssSelector(".end-suspension")).isEmpty();
    }

    /** Ends the request today; the page asks first, since held disclosures return to the accounting. */
    public SuspensionsPage end(String requestedBy) {
        WebElement button = row(requestedBy).findElement(By.cssSelector(".end-suspension"));
        button.click();
        browser.confirm();
        browser.waiting().until(Browser.gone(button));
        return waitFor(browser);
    }

    public String message() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    private WebElement row(String requestedBy) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#list\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(requestedBy)).toList();
        if (rows.size() != 1) {
            throw new AssertionError("expected one request by " + requestedBy + ", found " + rows.size()
                    + "; the page says: " + message());
        }
        return rows.get(0);
    }

    private SuspensionsPage submit(By button) {
        return submit(browser.waiting().until(ExpectedConditions.elementToBeClickable(button)));
    }

    private SuspensionsPage submit(WebElement button) {
        button.click();
        browser.waiting().until(Browser.gone(button));
        return waitFor(browser);
    }
}
