package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The browser half of {@link En3sControlPageIT}, kept apart so that Selenium never reaches the server. */
final class En3sControlScreen {

    private En3sControlScreen() {
    }

    static void check(String root, int year, String validatedTitle, String flaggedTitle) throws Exception {
        String current = String.valueOf(LocalDate.now(ZoneId.of("Europe/Paris")).getYear());
        Browser browser = new Browser(root);
        try {
            browser.login("admin.ucanss", TestUsers.PASSWORD);
            browser.clickAndWait("menuEn3sControl");
            assertEquals("Contrôle de la période EN3S", browser.driver().findElement(By.tagName("h1")).getText());
            assertTrue(browser.text("totalsTitle").contains(current), "the current period by default");
            assertTrue(browser.el("exportXlsx").getAttribute("href").endsWith("/controle/en3s.xlsx?annee=" + current));

            // the period chosen in place
            WebElement title = browser.el("totalsTitle");
            browser.select("reportForm:year", String.valueOf(year));
            browser.waitFor().until(d -> Browser.isGone(title));
            assertTrue(browser.text("totalsTitle").contains(String.valueOf(year)));
            assertTrue(browser.el("exportXlsx").getAttribute("href").endsWith("annee=" + year));
            assertTrue(number(browser, "totalOffers") >= 2 && number(browser, "totalValidated") >= 1
                    && number(browser, "totalUnvalidated") >= 1, "totals of the period");
            WebElement flagged = row(browser, flaggedTitle);
            assertTrue(flagged.getAttribute("class").contains("en3s-unvalidated"), "flagged row");
            assertTrue(flagged.getText().contains("sans validation"), "said in words, not only in colour");
            WebElement validated = row(browser, validatedTitle);
            assertTrue(!validated.getAttribute("class").contains("en3s-unvalidated"));
            assertTrue(validated.getText().contains("Validé") && validated.getText().contains("valideur.en3s"));
            assertTrue(validated.findElement(By.cssSelector("a.offer-link")).getAttribute("href")
                    .contains("onglet=approbation"));
            accessible(browser, "EN3S control report");

            // newest first, then oldest first by the creation column (the only sortable one)
            assertTrue(rowIndex(browser, flaggedTitle) < rowIndex(browser, validatedTitle), "newest first");
            By header = By.cssSelector("th.ui-sortable-column");
            assertEquals(1, browser.driver().findElements(header).size());
            assertTrue(browser.driver().findElement(header).getText().contains("Création"));
            WebElement firstRow = browser.driver().findElement(By.cssSelector("#reportForm\\:report_data > tr"));
            browser.driver().findElement(header).click();
            browser.waitFor().until(d -> Browser.isGone(firstRow));
            browser.waitFor().ignoring(StaleElementReferenceException.class)
                    .until(d -> rowIndex(browser, validatedTitle) < rowIndex(browser, flaggedTitle));
            accessible(browser, "EN3S control report, sorted");

            HttpResponse<byte[]> xlsx = browser.fetch("/controle/en3s.xlsx?annee=" + year);
            assertEquals(200, xlsx.statusCode());
            assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zip (xlsx)");

            browser.login("recruteur.carsat44", TestUsers.PASSWORD);
            browser.open("/controle/en3s.xhtml?annee=" + year);
            assertTrue(browser.driver().findElement(By.cssSelector(".en3s-report > p")).getText()
                    .contains("Carsat Alsace-Moselle"), "a recruiter's report is their organisation's");
            assertTrue(number(browser, "totalOffers") >= 2);

            browser.login(TestUsers.CAF_RHONE, TestUsers.PASSWORD);
            browser.clickAndWait("menuEn3sControl");
            browser.open("/controle/en3s.xhtml?annee=" + year);
            assertEquals("0", browser.text("totalOffers"), "another organisation's offers are not counted");

            browser.login("candidat.durand", TestUsers.PASSWORD);
            assertTrue(browser.driver().findElements(By.id("menuEn3sControl")).isEmpty(), "no menu entry");
            assertEquals(403, browser.fetch("/controle/en3s.xhtml").statusCode());
            assertEquals(403, browser.fetch("/controle/en3s.xlsx?annee=" + year).statusCode());
            browser.login("valideur.en3s", TestUsers.PASSWORD);
            assertTrue(browser.driver().findElements(By.id("menuEn3sControl")).isEmpty(), "not for approvers");
        } catch (Throwable failure) {
            browser.capture("en3s-control-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    static int number(Browser browser, String id) {
        return Integer.parseInt(browser.text(id).strip());
    }

    static WebElement row(Browser browser, String title) {
        return browser.driver().findElements(By.cssSelector("#reportForm\\:report_data > tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title));
    }

    static int rowIndex(Browser browser, String title) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#reportForm\\:report_data > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(title)) {
                return i;
            }
        }
        return -1;
    }

    static void accessible(Browser browser, String page) throws IOException {
        List<String> violations = Accessibility.violations(browser.driver());
        assertTrue(violations.isEmpty(), page + ": " + violations);
    }
}
