package org.liaison.web.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** bulletins/view: read a bulletin, acknowledge it, and (for its editors) see who acknowledged. */
public final class BulletinPage {

    private final Browser browser;

    BulletinPage(Browser browser) {
        this.browser = browser;
    }

    public static BulletinPage open(Browser browser, long id) {
        browser.go("/bulletins/view?id=" + id);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bulletin-status")));
        return new BulletinPage(browser);
    }

    /** The bulletin page the browser has just been led to (by a link). */
    public static BulletinPage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bulletin-status")));
        return new BulletinPage(browser);
    }

    public long id() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String status() {
        return browser.driver().findElement(By.id("bulletin-status")).getText();
    }

    public boolean asksForAcknowledgement() {
        return !browser.driver().findElements(By.id("moves:acknowledge")).isEmpty();
    }

    public BulletinPage acknowledge() {
        browser.driver().findElement(By.id("moves:acknowledge")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ack-state")));
        return this;
    }

    /** Each recipient with their state, as the recipients table shows them ("Riverton Police Department: Acknowledged"). */
    public List<String> recipients() {
        return browser.driver().findElements(By.cssSelector("#recipients\\:table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td"))).filter(cells -> cells.size() >= 2)
                .map(cells -> text(cells.get(0)) + ": " + text(cells.get(1))).toList();
    }

    /** Attaches the file with the page's upload form; the page answers with the list or a refusal. */
    public BulletinPage attach(java.nio.file.Path file) {
        browser.driver().findElement(By.cssSelector("#attach input[type='file']")).sendKeys(file.toString());
        WebElement add = browser.driver().findElement(By.id("attach:add"));
        add.click();
        browser.waiting().until(Browser.gone(add));
        return current(browser);
    }

    public List<String> attachments() {
        return browser.driver().findElements(By.cssSelector("#attachments .attachment-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** The message beside the attachment's file field (empty when none). */
    public String fileError() {
        return browser.driver().findElements(By.cssSelector("#attach .field .ui-message")).stream()
                .map(WebElement::getText).reduce("", String::concat);
    }

    /** The layout's notice that the chosen file was over what the server takes at all (empty when none). */
    public String uploadRefusal() {
        return browser.driver().findElements(By.id("upload-refused")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }

    public String message() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    /**
     * Downloads the first attachment as its link does (the link's form posted back), in the page, and answers the
     * status, the content type and the bytes received.
     */
    @SuppressWarnings("unchecked")
    public List<Object> downloadFirstAttachment() {
        return (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const link = document.querySelector('.download-attachment');"
                        + "const form = link.closest('form');"
                        + "const data = new URLSearchParams(new FormData(form));"
                        + "data.append(link.id, link.id);"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'),"
                        + " Array.from(new Uint8Array(b))])))"
                        + ".catch(e => done(['failed', String(e)]));");
    }

    /** Logs the follow-up call to the (only) recipient past the deadline; answers when the page shows it logged. */
    public BulletinPage logTheCall() {
        WebElement button = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".log-call")));
        button.click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recipients .followed-up")));
        return this;
    }

    public boolean offersToLogACall() {
        return !browser.driver().findElements(By.cssSelector(".log-call")).isEmpty();
    }

    private static String text(WebElement cell) {
        String t = cell.getText();
        // a reflowed cell carries its column title first on a phone; the value is the last line
        return t.contains("\n") ? t.substring(t.lastIndexOf('\n') + 1).trim() : t.trim();
    }
}
