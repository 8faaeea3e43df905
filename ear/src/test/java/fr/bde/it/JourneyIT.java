package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The first journey, in headless Chromium as users do it: a recruiter creates, edits and publishes
 * an offer (from its publication tab); a visitor finds it, reads it and applies (a bad file first); the confirmation mail
 * reaches a real SMTP server; the recruiter reads the application and its CV and exports the
 * offers to Excel; a recruiter of another organisation is refused (403) even with forged ids.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyIT {

    /** The server's dates are Paris dates. */
    static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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

    @Test
    void recruiterPublishesVisitorFindsAndAppliesRecruiterReads(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        String title = "Chargé d'études statistiques hospitalières";
        String email = "camille.dupont." + System.nanoTime() + "@example.org";
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path cv = Files.write(dir.resolve("cv-camille.pdf"), pdf);
        Path fake = Files.write(dir.resolve("faux-cv.pdf"), "ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8));

        Browser browser = new Browser(root);
        try {
            // 1. the recruiter creates a draft, edits it and publishes it to ucanss.fr
            browser.login(TestUsers.CPAM_PARIS, TestUsers.PASSWORD);
            assertTrue(browser.text("connectedAs").contains("Claire Martin"), browser.text("connectedAs"));
            browser.clickAndWait("menuNewOffer");
            accessible(browser, "offer form");
            browser.clickAndWait("offerForm:save");
            assertTrue(browser.text("offerForm:titleMsg").contains("intitulé"), "field-level message");

            browser.type("offerForm:title", "Chargé d'études");
            browser.select("offerForm:contractType", "CDD");
            browser.select("offerForm:departement", "75");
            // rich text through the editor's own API, as a paste would do
            ((JavascriptExecutor) browser.driver()).executeScript("PF('descriptionEditor').editor.clipboard.dangerouslyPasteHTML("
                    + "arguments[0]);", "<p>Vous produisez les <strong>études statistiques</strong> des hôpitaux et cliniques"
                    + " de Paris.</p><p><img src=x onerror=alert(1)>Poste à pourvoir.</p>");
            browser.select("offerForm:qualificationLevel", "GEN_5");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    browser.el("offerForm:closingDate"), LocalDate.now(PARIS).plusDays(30).toString());
            browser.clickAndWait("offerForm:save");
            String heading = browser.text("offerHeading");
            String reference = heading.replaceAll(".*(NVHADD\\d+).*", "$1");
            assertTrue(reference.matches("NVHADD\\d{5,}"), heading);
            assertTrue(browser.text("offerStatus").contains("Brouillon"));
            String offerId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            browser.type("offerForm:title", title);
            browser.clickAndWait("offerForm:save");
            assertEquals(title, browser.el("offerForm:title").getAttribute("value"));

            // the questions tab: a knock-out yes/no question asked to every applicant
            browser.clickAndWait("tab-questions");
            assertTrue(browser.text("noQuestion").contains("Aucune question"));
            accessible(browser, "questions tab");
            browser.clickAndWait("questionForm:add");
            assertTrue(browser.text("questionForm:textMsg").contains("saisir la question"), browser.text("questionForm:textMsg"));
            browser.type("questionForm:text", "Avez-vous le permis B ?");
            browser.el("questionForm:knockOut").click();
            browser.select("questionForm:expectedYes", "true");
            browser.clickAndWait("questionForm:add");
            assertTrue(browser.text("questionsForm:questions").contains("Éliminatoire : réponse attendue « Oui »"),
                    browser.text("questionsForm:questions"));

            // the publication tab: ucanss.fr comes first and is ticked
            browser.clickAndWait("tab-publication");
            accessible(browser, "publication tab");
            browser.el("publicationForm:publish").click();
            browser.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerStatus"), "Publiée"));
            String channels = browser.driver().findElement(By.id("publicationForm:channels")).getText();
            assertTrue(channels.contains("ucanss.fr") && channels.contains("Publiée le"), channels);
            browser.logout();

            // 2. a visitor searches without accents and in the singular, and opens the offer's page
            browser.open("/index.xhtml");
            accessible(browser, "home");
            browser.open("/offres/recherche.xhtml");
            browser.type("searchForm:keywords", "etude statistique hopital");
            browser.select("searchForm:region", "11");
            browser.clickAndWait("searchForm:submit");
            WebElement result = browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
            accessible(browser, "search results");
            result = browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
            result.click();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerReference"), reference));
            assertEquals("CPAM de Paris", browser.text("offerEmployer"));
            accessible(browser, "offer page");
            String jsonLd = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
            JsonObject posting = Json.createReader(new StringReader(jsonLd)).readObject();
            assertEquals("JobPosting", posting.getString("@type"));
            assertEquals(title, posting.getString("title"));
            assertEquals("CPAM de Paris", posting.getJsonObject("hiringOrganization").getString("name"));
            assertEquals("TEMPORARY", posting.getString("employmentType"));
            assertEquals(LocalDate.now(PARIS).toString(), posting.getString("datePosted"));
            assertTrue(posting.getString("validThrough").startsWith(LocalDate.now(PARIS).plusDays(30).toString()));
            assertEquals("Paris", posting.getJsonObject("jobLocation").getJsonObject("address").getString("addressLocality"));
            assertTrue(posting.getString("description").contains("<strong>études statistiques</strong>"),
                    posting.getString("description"));
            assertTrue(!posting.getString("description").contains("onerror"), "sanitised");

            // 3. the visitor applies through the guided form: the question must be answered, a fake PDF is
            //    refused on its field, nothing typed is lost; then a real one, the review and "Soumettre"
            browser.clickAndWait("apply");
            accessible(browser, "application form, step 1");
            browser.type("applyForm:firstName", "Camille");
            browser.type("applyForm:lastName", "Dupont");
            browser.type("applyForm:email", email);
            browser.clickAndWait("applyForm:next");
            assertTrue(browser.text("applyForm:questions:0:choiceMsg").contains("permis B"),
                    browser.text("applyForm:questions:0:choiceMsg"));
            assertEquals("Camille", browser.el("applyForm:firstName").getAttribute("value"));
            browser.el("applyForm:questions:0:choice:0").click();
            browser.clickAndWait("applyForm:next");
            accessible(browser, "application form, step 2");
            browser.type("applyForm:coverLetter", "Je suis très motivée.");
            browser.el("applyForm:cv").sendKeys(fake.toString());
            browser.clickAndWait("applyForm:next2");
            assertTrue(browser.text("applyForm:cvMsg").contains("PDF, Word"), browser.text("applyForm:cvMsg"));
            assertEquals("Je suis très motivée.", browser.el("applyForm:coverLetter").getAttribute("value"));
            browser.el("applyForm:cv").sendKeys(cv.toString());
            browser.clickAndWait("applyForm:next2");
            assertTrue(browser.text("review").contains("Avez-vous le permis B ?"), browser.text("review"));
            assertEquals("cv-camille.pdf", browser.text("reviewCv"));
            accessible(browser, "application form, review");
            browser.clickAndWait("applyForm:submit");
            assertTrue(browser.text("applyConfirmation").contains("bien été enregistrée"), browser.text("applyConfirmation"));

            MimeMessage confirmation = awaitMail(email);
            assertTrue(confirmation.getSubject().contains(reference), confirmation.getSubject());
            String mailText = com.icegreen.greenmail.util.GreenMailUtil.getBody(confirmation);
            assertTrue(mailText.contains("Camille"), mailText);

            // 4. the recruiter reads the application and downloads the CV
            browser.login(TestUsers.CPAM_PARIS, TestUsers.PASSWORD);
            browser.open("/recruteur/candidatures.xhtml?offre=" + offerId);
            WebElement applicant = browser.waitFor().until(
                    ExpectedConditions.elementToBeClickable(By.linkText("Camille Dupont")));
            applicant.click();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicantEmail"), email));
            assertTrue(browser.text("coverLetter").contains("motivée"));
            String cvPath = browser.el("cvDownload").getAttribute("href").replace(root, "");
            HttpResponse<byte[]> download = browser.fetch(cvPath);
            assertEquals(200, download.statusCode());
            assertArrayEquals(pdf, download.body());
            String answers = browser.text("answers");
            assertTrue(answers.contains("Avez-vous le permis B ?") && answers.contains("Oui") && answers.contains("Conforme"), answers);
            assertEquals("Reçue", browser.text("applicationStatus"));
            String applicationPage = browser.driver().getCurrentUrl().replace(root, "");

            // 5. the recruiter exports the organisation's offers (batch job, progress, download)
            browser.open("/recruteur/offres.xhtml");
            browser.el("exportForm:startExport").click();
            // the progress panel is re-rendered by polling until the job ends, then offers the file
            String exportPath = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("exportDownload")).stream().findFirst()
                            .map(a -> a.getAttribute("href").replace(root, "")).orElse(null));
            HttpResponse<byte[]> xlsx = browser.fetch(exportPath);
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                boolean listed = false;
                for (var row : workbook.getSheetAt(0)) {
                    listed |= reference.equals(row.getCell(0).getStringCellValue());
                }
                assertTrue(listed, "the new offer is in the extract");
            }

            // a recruiter of another organisation is refused, through the screens or forged URLs
            browser.login(TestUsers.CAF_RHONE, TestUsers.PASSWORD);
            browser.open(applicationPage);
            assertTrue(browser.text("errorPage").contains("Accès refusé"));
            assertEquals(403, browser.fetch(applicationPage).statusCode());
            assertEquals(403, browser.fetch(cvPath).statusCode());
            assertEquals(403, browser.fetch("/recruteur/offre.xhtml?id=" + offerId).statusCode());
            assertEquals(403, browser.fetch("/recruteur/candidatures.xhtml?offre=" + offerId).statusCode());
            assertEquals(403, browser.fetch(exportPath).statusCode());
        } catch (Throwable failure) {
            browser.capture("journey-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    /** No serious or critical WCAG 2.1 AA violation found by axe-core. */
    static void accessible(Browser browser, String page) throws java.io.IOException {
        java.util.List<String> violations = Accessibility.violations(browser.driver());
        assertTrue(violations.isEmpty(), page + ": " + violations);
    }

    static MimeMessage awaitMail(String recipient) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                    .anyMatch(a -> a.toString().equals(recipient));
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No confirmation mail for " + recipient);
    }
}
