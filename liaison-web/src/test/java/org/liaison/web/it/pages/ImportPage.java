package org.liaison.web.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** contacts/import: check a CSV file first (a dry run), then import what was checked. */
public final class ImportPage {

    private final Browser browser;

    private ImportPage(Browser browser) {
        this.browser = browser;
    }

    public static ImportPage open(Browser browser) {
        browser.go("/contacts/import");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:check")));
        return new ImportPage(browser);
    }

    /** Chooses the file and presses "Check file": nothing is imported yet. */
    public ImportPage check(Path file) {
        browser.driver().findElement(By.cssSelector("#import input[type='file']")).sendKeys(file.toString());
        browser.driver().findElement(By.id("import:check")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
        return this;
    }

    /** The heading of the check, e.g. "Check of contacts.csv: 2 rows". */
    public String checkHeading() {
        return browser.driver().findElement(By.cssSelector("#preview h2")).getText();
    }

    /** The label of the button that imports the checked file, e.g. "Import 2 contacts". */
    public String importButton() {
        return browser.driver().findElement(By.id("preview:import-now")).getText();
    }

    /** Presses the import button; answers the message the page shows. */
    public String importChecked() {
        browser.driver().findElement(By.id("preview:import-now")).click();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages li")))
                .getText();
    }
}
