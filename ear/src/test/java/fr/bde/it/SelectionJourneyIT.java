package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The recruiter's "Sélection / Embauche" journey in headless Chromium: two visitors apply to a new offer;
 * the recruiter invites one to an interview (the mail carries the iCalendar invitation), records the
 * interview report, hires the candidate, which closes the offer as filled and sends the other applicant
 * the closing message. Then a recruiter of another organisation is refused every page and forged URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelectionJourneyIT {

    static GreenMail smtp;
    static String offerId;
    static String applicationId;

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

    String root() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    @Order(1)
    void recruiterInvitesReportsHiresAndTheOtherApplicantGetsTheClosingMessage(@TempDir Path dir) throws Exception {
        String title = "Gestionnaire carrière " + System.nanoTime();
        String lea = "lea.petit." + System.nanoTime() + "@example.org";
        String hugo = "hugo.roux." + System.nanoTime() + "@example.org";
        String marc = "marc.blanc." + System.nanoTime() + "@example.org";
        Path cv = Files.write(dir.resolve("cv.pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                + "%%EOF\n").getBytes(StandardCharsets.US_ASCII));

        Browser browser = new Browser(root());
        try {
            // a new offer of the CPAM de Paris, published on ucanss.fr
            browser.login(TestUsers.CPAM_PARIS, TestUsers.PASSWORD);
            browser.clickAndWait("menuNewOffer");
            browser.type("offerForm:title", title);
            browser.select("offerForm:contractType", "CDI");
            browser.select("offerForm:departement", "75");
            ((JavascriptExecutor) browser.driver()).executeScript("PF('descriptionEditor').editor.clipboard.dangerouslyPasteHTML("
                    + "arguments[0]);", "<p>Vous suivez les carrières des agents.</p>");
            browser.select("offerForm:qualificationLevel", "GEN_5");
            setValue(browser, "offerForm:closingDate", LocalDate.now(JourneyIT.PARIS).plusDays(30).toString());
            browser.clickAndWait("offerForm:save");
            String reference = browser.text("offerHeading").replaceAll(".*(NVHADD\\d+).*", "$1");
            offerId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            // screening: a knock-out question, and automatic rejection on criteria
            browser.clickAndWait("tab-questions");
            browser.type("questionForm:text", "Avez-vous le permis B ?");
            browser.el("questionForm:knockOut").click();
            browser.select("questionForm:expectedYes", "true");
            browser.clickAndWait("questionForm:add");
            browser.el("screeningSettingsForm:autoReject").click();
            browser.clickAndWait("screeningSettingsForm:save");
            assertTrue(browser.el("screeningSettingsForm:autoReject").isSelected(), "automatic rejection saved");
            browser.clickAndWait("tab-publication");
            browser.el("publicationForm:publish").click();
            browser.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerStatus"), "Publiée"));
            browser.logout();

            // three visitors apply; Marc fails the knock-out question
            apply(browser, reference, "Léa", "Petit", lea, cv, true);
            apply(browser, reference, "Hugo", "Roux", hugo, cv, true);
            apply(browser, reference, "Marc", "Blanc", marc, cv, false);

            // the recruiter opens the selection tab, the list, then Léa's application
            browser.login(TestUsers.CPAM_PARIS, TestUsers.PASSWORD);
            browser.open("/recruteur/offre.xhtml?id=" + offerId + "&onglet=selection");
            assertTrue(browser.text("applicationCount").contains("3"), browser.text("applicationCount"));
            JourneyIT.accessible(browser, "selection tab");
            browser.clickAndWait("applicationsLink");
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Hugo Roux")));
            JourneyIT.accessible(browser, "applications list");
            // the knock-out filter: Marc alone, already rejected on criteria
            browser.select("filterForm:knockedOut", "true");
            browser.el("filterForm:search").click();
            browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Hugo Roux")));
            assertTrue(browser.text("applicationsForm").contains("Marc Blanc")
                    && browser.text("applicationsForm").contains("Non retenue"), browser.text("applicationsForm"));
            assertTrue(!browser.text("applicationsForm").contains("Léa Petit"), browser.text("applicationsForm"));
            browser.el("filterForm:reset").click();
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Hugo Roux")));

            // a bulk action on the ticked rows: Hugo moves to the preselection step (no message by default)
            browser.driver().findElement(By.xpath("//tr[.//a[normalize-space()='Hugo Roux']]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
            browser.el("applicationsForm:apply").click();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "1 candidature(s) passée(s) à l’étape « Présélection »"));
            browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(
                    By.xpath("//tr[.//a[normalize-space()='Hugo Roux']]")).getText().contains("Présélection"));
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Léa Petit"))).click();
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicantEmail"), lea));
            applicationId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertTrue(browser.text("applicationDocuments").contains("Lettre de motivation"), browser.text("applicationDocuments"));
            JourneyIT.accessible(browser, "application detail");

            // interview invitation: a date without a place is refused on its field, then sent
            setValue(browser, "interviewForm:date", LocalDate.now(JourneyIT.PARIS).plusDays(7).toString());
            setValue(browser, "interviewForm:time", "10:30");
            browser.type("interviewForm:interviewers", "Claire Martin, Paul Roy");
            browser.clickAndWait("interviewForm:send");
            assertTrue(browser.text("interviewForm:placeMsg").contains("lieu"), browser.text("interviewForm:placeMsg"));
            browser.type("interviewForm:place", "21 rue Georges Auric, 75019 Paris");
            browser.clickAndWait("interviewForm:send");
            assertTrue(browser.text("interviews").contains("21 rue Georges Auric"), browser.text("interviews"));
            assertTrue(browser.text("applicationStep").contains("Entretien"));
            MimeMessage invitation = awaitMail(lea, "Invitation à un entretien");
            assertTrue(ServerMail.text(invitation).contains("21 rue Georges Auric"), ServerMail.text(invitation));
            VEvent event = calendar(invitation);
            assertEquals("mailto:" + lea, event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
            assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());

            // the interview report: criteria rated, free text
            new org.openqa.selenium.support.ui.Select(browser.el("reportForm:target")).selectByIndex(1);
            browser.select("reportForm:ratings:0:rating", "5");
            browser.select("reportForm:ratings:1:rating", "4");
            browser.type("reportForm:comment", "Très bonne connaissance de la réglementation.");
            browser.clickAndWait("reportForm:save");
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportTitle"), "Comptes rendus"));
            assertTrue(browser.driver().findElement(By.cssSelector("article.report")).getText().contains("Motivation : 5/5"));

            // an individual message from the detail page: the default template, edited before sending
            assertFalse(browser.el("messageForm:body").getAttribute("value").isBlank(), "starts from the default template");
            browser.el("messageForm:subject").clear();
            browser.type("messageForm:subject", "Pi\u00e8ces pour l'entretien");
            browser.el("messageForm:body").clear();
            browser.type("messageForm:body", "Merci d'apporter vos dipl\u00f4mes.");
            browser.clickAndWait("messageForm:send");
            assertTrue(browser.text("messages").contains("message est envoy\u00e9"), browser.text("messages"));
            assertTrue(ServerMail.text(awaitMail(lea, "Pi\u00e8ces pour l'entretien")).contains("Merci d'apporter vos dipl\u00f4mes."));

            // cancelling the interview: the cancellation message is shown, edited, then sent with METHOD:CANCEL
            browser.clickAndWait("interviews:0:interviewActions:cancel");
            assertTrue(browser.el("cancelForm:body").getAttribute("value").length() > 20, "the default cancellation text");
            browser.el("cancelForm:body").clear();
            browser.type("cancelForm:body", "Notre jury est indisponible, nous vous proposerons une autre date.");
            browser.clickAndWait("cancelForm:confirmCancel");
            assertTrue(browser.text("interviews").contains("Annul\u00e9"), browser.text("interviews"));
            MimeMessage cancel = awaitMail(lea, "annul");
            assertTrue(ServerMail.text(cancel).contains("Notre jury est indisponible"), ServerMail.text(cancel));
            assertTrue(calendarText(cancel).contains("METHOD:CANCEL"));

            // hiring: the step with its default message; one post, so the offer closes as filled
            browser.select("stepForm:step", "HIRING");
            browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.id("stepForm:subject")).getAttribute("value").contains("retenue"));
            assertTrue(browser.el("stepForm:withMessage").isSelected(), "hiring sends a message by default");
            browser.clickAndWait("stepForm:apply");
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicationStatus"), "Recrut"));
            String history = browser.text("history");
            assertTrue(history.contains("Invitation à un entretien") && history.contains("Compte rendu")
                    && history.contains("Embauche"), history);
            JourneyIT.accessible(browser, "application hired");
            assertTrue(ServerMail.text(awaitMail(lea, "est retenue")).startsWith("Bonjour Léa Petit"));
            String closing = ServerMail.text(awaitMail(hugo, "est pourvue"));
            assertTrue(closing.startsWith("Bonjour Hugo Roux,") && closing.contains(title), closing);
            assertTrue(ServerMail.mailsTo(smtp, marc, "est pourvue", 1, 2_000).isEmpty(),
                    "Marc, rejected on criteria, is not in the running any more");
            assertTrue(ServerMail.mailsTo(smtp, marc, "Suite donnée", 1, 1_000).isEmpty(), "his rejection mail is held");

            browser.open("/recruteur/offre.xhtml?id=" + offerId + "&onglet=selection");
            assertTrue(browser.text("offerStatus").contains("Clôturée"), browser.text("offerStatus"));
            assertTrue(browser.text("closedNotice").contains("Poste pourvu"), browser.text("closedNotice"));
            assertTrue(browser.text("hiredCount").startsWith("1 candidat"), browser.text("hiredCount"));
        } catch (RuntimeException | AssertionError e) {
            browser.capture("selection-journey");
            throw e;
        } finally {
            browser.close();
        }
    }

    @Test
    @Order(2)
    void aRecruiterOfAnotherOrganisationCannotOpenTheseApplications() throws Exception {
        assertNotNull(applicationId, "the journey above ran");
        Browser browser = new Browser(root());
        try {
            browser.login(TestUsers.CAF_RHONE, TestUsers.PASSWORD);
            for (String page : List.of("/recruteur/candidature.xhtml?id=" + applicationId,
                    "/recruteur/candidatures.xhtml?offre=" + offerId,
                    "/recruteur/offre.xhtml?id=" + offerId + "&onglet=selection",
                    "/recruteur/cv?id=" + applicationId)) {
                assertEquals(403, browser.fetch(page).statusCode(), page);
            }
            browser.open("/recruteur/candidature.xhtml?id=" + applicationId);
            String body = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(!body.contains("Léa") && !body.contains("lea.petit"), "nothing of the application leaks");
        } finally {
            browser.close();
        }
    }

    static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.el(id), value);
    }

    /** The guided form: identity and the knock-out question, the CV, the review, "Soumettre". */
    static void apply(Browser browser, String reference, String first, String last, String email, Path cv,
                      boolean licence) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/offres/offre.xhtml?ref=" + reference);
        browser.clickAndWait("apply");
        browser.type("applyForm:firstName", first);
        browser.type("applyForm:lastName", last);
        browser.type("applyForm:email", email);
        browser.el("applyForm:questions:0:choice:" + (licence ? 0 : 1)).click();
        browser.clickAndWait("applyForm:next");
        browser.el("applyForm:cv").sendKeys(cv.toString());
        // a cover letter as a file too (no account needed)
        browser.el("applyForm:letterFile").sendKeys(cv.toString());
        browser.clickAndWait("applyForm:next2");
        assertTrue(browser.text("reviewUploads").contains(cv.getFileName().toString()), browser.text("review"));
        browser.clickAndWait("applyForm:submit");
        assertTrue(browser.text("applyConfirmation").contains("bien été enregistrée"), browser.text("applyConfirmation"));
    }

    static MimeMessage awaitMail(String recipient, String subject) throws Exception {
        List<MimeMessage> found = ServerMail.mailsTo(smtp, recipient, subject, 1, 30_000);
        assertEquals(1, found.size(), recipient + " / " + subject);
        return found.get(0);
    }

    /** The iCalendar attachment of a mail, as text. */
    static String calendarText(MimeMessage mail) throws Exception {
        jakarta.mail.Part part = SelectionIT.find(mail, "text/calendar");
        assertNotNull(part, "an iCalendar attachment");
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    static VEvent calendar(MimeMessage mail) throws Exception {
        jakarta.mail.Part part = SelectionIT.find(mail, "text/calendar");
        assertNotNull(part, "an iCalendar attachment");
        assertTrue(part.getContentType().toLowerCase().contains("method=request"), part.getContentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }
}
