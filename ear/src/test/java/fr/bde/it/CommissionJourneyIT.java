package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * In headless Chromium: the commission records a job seeker submitted by a partner, adds the CV,
 * records the interview, fills the 5-axis grid and classifies the job seeker Employable (refused
 * first without the grid); the submitting partner follows the file, another partner neither lists
 * nor opens it, nor downloads its CV. Every page checked by axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.el(id), date.toString());
    }

    @Test
    void theCommissionClassifiesASubmittedJobSeekerAndOnlyItsPartnerFollowsIt() throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        String lastName = "Parcours" + (System.nanoTime() % 100_000);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Path cv = Files.createTempFile("cv-parcours", ".pdf");
        Files.writeString(cv, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", StandardCharsets.US_ASCII);
        String fileUrl;
        String documentUrl;
        try (Browser browser = new Browser(root)) {
            // 1. the commission lands on its files and records a job seeker submitted by Pôle emploi Strasbourg
            browser.login("commission.sar", TestUsers.PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().contains("/commission/dossiers.xhtml"), browser.driver().getCurrentUrl());
            JourneyIT.accessible(browser, "commission files");
            browser.clickAndWait("recordForm:record");
            assertTrue(browser.text("recordForm:contactMsg").contains("point de contact"), browser.text("messages"));
            assertTrue(browser.text("recordForm:lastNameMsg").contains("nom"));
            WebElement contact = browser.el("recordForm:contact");
            String peContact = contact.findElements(By.tagName("option")).stream()
                    .filter(o -> o.getText().contains("Pôle emploi Strasbourg")).findFirst().orElseThrow().getAttribute("value");
            browser.select("recordForm:contact", peContact);
            browser.select("recordForm:civility", "MRS");
            browser.type("recordForm:lastName", lastName);
            browser.type("recordForm:firstName", "Anaïs");
            browser.type("recordForm:email", "anais.parcours@example.org");
            browser.clickAndWait("recordForm:record");
            fileUrl = browser.driver().getCurrentUrl();
            assertTrue(fileUrl.contains("/commission/dossier.xhtml?id="), fileUrl);
            assertTrue(browser.text("messages").contains("complétez sa fiche profil"), browser.text("messages"));
            assertTrue(browser.text("profileTitle").contains("Madame " + lastName.toUpperCase()), browser.text("profileTitle"));
            JourneyIT.accessible(browser, "profile of a submitted job seeker");

            // 2. the CV, checked for its real type
            browser.el("documentsForm:file").sendKeys(cv.toString());
            browser.clickAndWait("documentsForm:upload");
            assertTrue(browser.text("messages").contains("Le document est ajouté"), browser.text("messages"));
            WebElement link = browser.driver().findElement(By.cssSelector("#documents a"));
            documentUrl = link.getAttribute("href").substring(root.length());
            HttpResponse<byte[]> download = browser.fetch(documentUrl);
            assertEquals(200, download.statusCode());
            assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));

            // 3. classification is refused before the interview and the grid
            setDate(browser, "classificationForm:classifiedOn", today);
            browser.el("classificationForm:classification:0").click();
            browser.clickAndWait("classificationForm:classify");
            assertTrue(browser.text("messages").contains("auditionné"), browser.text("messages"));

            setDate(browser, "interviewForm:interviewedOn", today);
            browser.type("interviewForm:notes", "Candidate motivée, bonne culture réseau.");
            browser.clickAndWait("interviewForm:addInterview");
            assertTrue(browser.text("interviews").contains("Candidate motivée"), browser.text("interviews"));

            setDate(browser, "classificationForm:classifiedOn", today);
            browser.el("classificationForm:classification:0").click();
            browser.clickAndWait("classificationForm:classify");
            assertTrue(browser.text("messages").contains("Complétez la synthèse"), browser.text("messages"));

            // 4. the grid: one of 6 levels on each of the 5 axes
            for (int axis = 0; axis < 5; axis++) {
                browser.el("gridForm:axes:" + axis + ":level:" + (axis % 2 == 0 ? 4 : 3)).click();
            }
            browser.type("gridForm:summary", "Profil employable sur le support et l'administration système.");
            browser.clickAndWait("gridForm:saveGrid");
            assertTrue(browser.text("messages").contains("enregistrées"), browser.text("messages"));
            assertTrue(browser.el("gridForm:axes:0:level:4").isSelected(), "the level is kept");
            JourneyIT.accessible(browser, "profile with interview and grid");

            // 5. classified Employable: published in the pool
            setDate(browser, "classificationForm:classifiedOn", today);
            browser.el("classificationForm:classification:0").click();
            browser.clickAndWait("classificationForm:classify");
            assertTrue(browser.text("messages").contains("publié dans le vivier"), browser.text("messages"));
            assertTrue(browser.text("classificationNow").contains("Employable"), browser.text("classificationNow"));
            assertTrue(browser.text("submissionStatus").contains("Classé"), browser.text("submissionStatus"));
            browser.logout();

            // 6. the partner whose contact submitted the job seeker follows the file
            browser.login("partenaire.emploi", TestUsers.PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().contains("/partenaire/soumissions.xhtml"), browser.driver().getCurrentUrl());
            JourneyIT.accessible(browser, "partner submissions");
            WebElement own = browser.driver().findElement(By.partialLinkText(lastName.toUpperCase()));
            String submissionPath = own.getAttribute("href").substring(root.length());
            browser.clickAndWait(own.getAttribute("id"));
            assertTrue(browser.text("submissionStatus").contains("Classé"), browser.text("submissionStatus"));
            assertEquals(200, browser.fetch(documentUrl).statusCode());
            JourneyIT.accessible(browser, "partner submission");
            browser.logout();

            // 7. another partner neither lists it, nor opens it, nor downloads its CV
            browser.login("partenaire.mlstrasbourg", TestUsers.PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().contains("/partenaire/soumissions.xhtml"));
            assertFalse(browser.driver().getPageSource().contains(lastName.toUpperCase()), "not listed for another partner");
            assertEquals(404, browser.fetch(submissionPath).statusCode());
            assertEquals(403, browser.fetch(documentUrl).statusCode());
            assertEquals(403, browser.fetch(fileUrl.substring(root.length())).statusCode(), "commission pages are closed to partners");
            // and a partner submits with the form: a wrong file is refused beside its field
            Path fake = Files.createTempFile("faux", ".pdf");
            Files.writeString(fake, "<html>pas un PDF</html>");
            browser.select("submitForm:civility", "MR");
            browser.type("submitForm:lastName", "Autre" + lastName);
            browser.type("submitForm:firstName", "Sami");
            browser.el("submitForm:file").sendKeys(fake.toString());
            browser.clickAndWait("submitForm:submit");
            assertTrue(browser.text("submitForm:fileMsg").contains("ni un PDF"), browser.text("messages"));
            browser.el("submitForm:file").sendKeys(cv.toString());
            browser.clickAndWait("submitForm:submit");
            assertTrue(browser.text("messages").contains("est soumis à la commission"), browser.text("messages"));
            assertTrue(browser.driver().getPageSource().contains("AUTRE" + lastName.toUpperCase()));
        } finally {
            Files.deleteIfExists(cv);
        }
    }
}
