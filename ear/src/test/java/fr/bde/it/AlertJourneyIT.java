package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In headless Chromium: the multi-criteria search, saving it as an alert, "Mes alertes" (new
 * period, deletion after confirming), "Mes données" (page and JSON download), the account
 * deletion form's field errors, then a new account deleted from the screen (logged out, login
 * impossible), the administrator's outbox screen; each page checked by axe-core; a recruiter is
 * refused the candidate's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertJourneyIT {

    static final String CANDIDATE = "candidat.martin";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static final Pattern LINK = Pattern.compile("(https?://\\S+/compte/valider\\.xhtml\\?jeton=[A-Za-z0-9_-]{43})");
    static GreenMail smtp;

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.mail.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static MimeMessage awaitMail(String recipient, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))
                        && m.getSubject().contains(subject)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail '" + subject + "' for " + recipient);
    }

    @Test
    void aNewCandidateDeletesTheAccountFromTheScreenAndCanNoLongerLogIn() throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        String email = "effacee." + System.nanoTime() + "@example.org";
        String password = "Candidat-2026!ok";
        try (Browser browser = new Browser(root)) {
            browser.open("/inscription.xhtml");
            browser.type("signUpForm:firstName", "Emma");
            browser.type("signUpForm:lastName", "Effacée");
            browser.type("signUpForm:email", email);
            browser.type("signUpForm:password", password);
            browser.type("signUpForm:passwordConfirmation", password);
            browser.el("signUpForm:privacy").click();
            browser.clickAndWait("signUpForm:submit");
            Matcher link = LINK.matcher(ServerMail.text(awaitMail(email, "validez")));
            assertTrue(link.find());
            browser.driver().get(link.group(1));
            browser.login(email, password);

            browser.open("/espace/candidat/suppression.xhtml");
            browser.type("deletionForm:password", password);
            browser.el("deletionForm:confirmed").click();
            browser.clickAndWait("deletionForm:delete");
            assertTrue(browser.driver().getCurrentUrl().contains("/compte/supprime.xhtml"), browser.driver().getCurrentUrl());
            assertTrue(browser.text("accountDeleted").contains("supprimé"));
            JourneyIT.accessible(browser, "account deleted");
            assertTrue(browser.driver().findElements(By.id("logout")).isEmpty(), "logged out");
            assertTrue(awaitMail(email, "a été supprimé") != null);

            browser.login(email, password);
            assertFalse(browser.driver().getCurrentUrl().contains("/espace/candidat/"), "login impossible");
        }
    }

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
