package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The EN3S control screen in a browser: reached from the menu by recruiters and the Ucanss
 * administrator only, accessible (axe-core), the period chosen in place, sorted by date, exported.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class En3sControlPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void administratorAndRecruitersReachTheReportOthersDoNot() throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        String current = String.valueOf(LocalDate.now(ZoneId.of("Europe/Paris")).getYear());
        Browser browser = new Browser(root);
        try {
            browser.login("admin.ucanss", TestUsers.PASSWORD);
            browser.clickAndWait("menuEn3sControl");
            assertEquals("Contrôle de la période EN3S", browser.driver().findElement(By.tagName("h1")).getText());
            assertTrue(browser.text("totalsTitle").contains(current), "the current period by default");
            assertTrue(browser.el("exportXlsx").getAttribute("href").endsWith("/controle/en3s.xlsx?annee=" + current));
            accessible(browser, "EN3S control report");

            browser.open("/controle/en3s.xhtml?annee=2019");
            assertTrue(browser.text("totalsTitle").contains("2019"));
            assertEquals("0", browser.text("totalOffers"));
            assertTrue(browser.text("reportForm:report").contains("Aucune offre concernée"));
            WebElement title = browser.el("totalsTitle");
            browser.select("reportForm:year", current);
            browser.waitFor().until(d -> Browser.isGone(title));
            assertTrue(browser.text("totalsTitle").contains(current), "the period changes in place");
            assertTrue(browser.el("exportXlsx").getAttribute("href").endsWith("annee=" + current));

            WebElement created = browser.driver().findElement(By.cssSelector("#reportForm\\:report th.ui-sortable-column"));
            assertTrue(created.getText().contains("Création"), "only the date sorts");
            created.click();
            browser.waitFor().until(d -> "ascending".equals(d.findElement(
                    By.cssSelector("#reportForm\\:report th.ui-sortable-column")).getAttribute("aria-sort")));
            accessible(browser, "EN3S control report after an Ajax update");

            HttpResponse<byte[]> xlsx = browser.fetch("/controle/en3s.xlsx?annee=" + current);
            assertEquals(200, xlsx.statusCode());
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx.headers().firstValue("Content-Type").orElse(""));
            assertEquals("PK", new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a zip (xlsx)");

            browser.login(TestUsers.CAF_RHONE, TestUsers.PASSWORD);
            browser.clickAndWait("menuEn3sControl");
            assertTrue(browser.driver().findElement(By.cssSelector(".en3s-report > p")).getText().contains("CAF du Rhône"),
                    "a recruiter's report is their organisation's");

            browser.login("candidat.durand", TestUsers.PASSWORD);
            assertTrue(browser.driver().findElements(By.id("menuEn3sControl")).isEmpty(), "no menu entry");
            assertEquals(403, browser.fetch("/controle/en3s.xhtml").statusCode());
            assertEquals(403, browser.fetch("/controle/en3s.xlsx?annee=" + current).statusCode());
            browser.login("valideur.en3s", TestUsers.PASSWORD);
            assertTrue(browser.driver().findElements(By.id("menuEn3sControl")).isEmpty(), "not for approvers");
        } catch (Throwable failure) {
            browser.capture("en3s-control-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    static void accessible(Browser browser, String page) throws java.io.IOException {
        List<String> violations = Accessibility.violations(browser.driver());
        assertTrue(violations.isEmpty(), page + ": " + violations);
    }
}
