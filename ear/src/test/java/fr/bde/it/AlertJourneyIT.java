package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * In headless Chromium: the multi-criteria search, saving it as an alert, "Mes alertes" (new
 * period, deletion after confirming), "Mes données" (page and JSON download), the account
 * deletion form's field errors, the administrator's outbox screen; each page checked by axe-core;
 * a recruiter is refused the candidate's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertJourneyIT {

    static final String CANDIDATE = "candidat.martin";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void searchSaveAsAlertManageItReadMyDataAndTheAdministratorsOutbox() throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        try (Browser browser = new Browser(root)) {
            // a visitor searches on several criteria; saving an alert needs a candidate account
            browser.open("/offres/recherche.xhtml?region=11&contrat=CDI&depuis=30");
            assertEquals("11", browser.el("searchForm:region").getAttribute("value"));
            assertEquals("30", browser.el("searchForm:since").getAttribute("value"));
            assertTrue(browser.text("alertLogin").contains("Connectez-vous"));
            JourneyIT.accessible(browser, "search with criteria");
            browser.select("searchForm:branch", "MALADIE");
            browser.el("searchForm:remote").click();
            browser.clickAndWait("searchForm:submit");
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.contains("branche=MALADIE") && url.contains("teletravail=true") && url.contains("region=11"), url);

            browser.login(CANDIDATE, TestUsers.PASSWORD);
            browser.open("/offres/recherche.xhtml?q=gestionnaire&region=11&contrat=CDI");
            browser.select("alertForm:period", "ONE_MONTH");
            browser.clickAndWait("alertForm:saveAlert");
            assertTrue(browser.driver().getCurrentUrl().contains("/espace/candidat/alertes.xhtml"));
            assertTrue(browser.text("messages").contains("Votre alerte est enregistrée"), browser.text("messages"));
            String criteria = browser.driver().findElement(By.cssSelector("ul.criteria")).getText();
            assertTrue(criteria.contains("gestionnaire") && criteria.contains("Île-de-France") && criteria.contains("CDI"),
                    criteria);
            JourneyIT.accessible(browser, "my alerts");

            browser.select("alertsForm:alerts:0:period", "ONE_YEAR");
            browser.clickAndWait("alertsForm:alerts:0:renew");
            assertTrue(browser.text("messages").contains("prolongée jusqu’au"), browser.text("messages"));

            WebElement delete = browser.el("alertsForm:alerts:0:delete");
            delete.click();
            browser.driver().switchTo().alert().dismiss();
            assertFalse(Browser.isGone(delete), "cancelled: nothing happens");
            delete.click();
            browser.driver().switchTo().alert().accept();
            browser.waitFor().until(d -> Browser.isGone(delete));
            assertTrue(browser.text("messages").contains("Votre alerte est supprimée"), browser.text("messages"));

            // my data: the page and the JSON file
            browser.clickAndWait("navData");
            assertTrue(browser.text("dataEmail").contains("hugo.martin@example.org"));
            JourneyIT.accessible(browser, "my data");
            HttpResponse<byte[]> json = browser.fetch("/espace/candidat/mes-donnees.json");
            assertEquals(200, json.statusCode());
            assertTrue(json.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
            assertTrue(new String(json.body(), StandardCharsets.UTF_8).contains("\"login\""));

            // deleting the account: refused without the password and the box ticked, field by field
            browser.clickAndWait("deleteAccount");
            JourneyIT.accessible(browser, "account deletion");
            browser.clickAndWait("deletionForm:delete");
            assertTrue(browser.text("deletionForm:passwordMsg").contains("incorrect"));
            browser.type("deletionForm:password", TestUsers.PASSWORD);
            browser.clickAndWait("deletionForm:delete");
            assertTrue(browser.text("deletionForm:confirmedMsg").contains("Cochez"));
            JourneyIT.accessible(browser, "account deletion with errors");
            browser.logout();

            // a recruiter is refused the candidate's data
            browser.login(TestUsers.CPAM_PARIS, TestUsers.PASSWORD);
            assertEquals(403, browser.fetch("/espace/candidat/mes-donnees.json").statusCode());
            browser.logout();

            // the administrator's outbox
            browser.login(TestUsers.UCANSS_ADMIN, TestUsers.PASSWORD);
            browser.clickAndWait("menuOutbox");
            assertTrue(browser.driver().getCurrentUrl().contains("/admin/courriels.xhtml"));
            JourneyIT.accessible(browser, "outbox administration");
            browser.select("filterForm:status", "SENT");
            browser.clickAndWait("filterForm:filter");
            assertTrue(browser.el("outboxForm:messages").isDisplayed());
        }
    }
}
