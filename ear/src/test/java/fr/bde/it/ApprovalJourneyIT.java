package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The approval journeys of issue 3 in headless Chromium, with the e-mails caught by a real SMTP server:
 * a careers-committee offer approved by its national fund, reviewed and published by Ucanss; an
 * offer blocked during the EN3S period, validated by EN3S, then published; channel rules (Apec needs
 * the salary, a new account waits before external sites); and what other organisations cannot see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalJourneyIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Pattern STEP_LINK = Pattern.compile("https?://[^/\\s]+(/approbation/demande\\.xhtml\\?etape=\\d+)");

    static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(TestClockServlet.class);
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

    /** What the offer form is filled with. */
    record OfferInput(String title, String post, String departement, String qualification, String education,
                      String salary, LocalDate closingDate) {
    }

    @Test
    void careersCommitteeOfferIsApprovedByItsFundReviewedAndPublishedByUcanss() throws Exception {
        String title = "Directeur de la CPAM de Paris " + System.nanoTime();
        Browser browser = new Browser(root());
        try {
            // the CPAM recruiter creates a "Directeur d'organisme" offer: the page offers to submit it
            browser.login("recruteur.cpam75", TestUsers.PASSWORD);
            browser.clickAndWait("menuNewOffer");
            createOffer(browser, new OfferInput(title, "DIRECTOR", "75", "GEN_9", "BAC5", "Selon la grille des agents de direction",
                    LocalDate.now(PARIS).plusDays(40)));
            String reference = browser.text("createdReference");
            assertTrue(reference.matches("NVADD\\d{5,}"), reference);
            String offerId = offerId(browser);
            assertTrue(browser.text("careersCommitteeBadge").contains("Directeur d'organisme"));
            accessible(browser, "created offer with its next steps");

            // "Soumettre pour approbation": the message is pre-filled, editable; the request goes to the CNAM
            browser.clickAndWait("submitForApproval");
            String message = browser.el("approvalForm:message").getAttribute("value");
            assertTrue(message.contains(reference) && message.contains(title), message);
            accessible(browser, "approval request form");
            browser.type("approvalForm:message", message + "\nPoste vacant au 1er septembre.");
            browser.clickAndWait("approvalForm:submitApproval");
            assertTrue(browser.text("offerStatus").contains("En cours d'approbation"), browser.text("offerStatus"));
            List<WebElement> steps = browser.driver().findElements(By.cssSelector("tr.step"));
            assertEquals(2, steps.size(), "national fund, then Ucanss");
            assertTrue(steps.get(0).getText().contains("Caisse nationale de l'Assurance Maladie"), steps.get(0).getText());
            assertTrue(steps.get(0).getText().contains("À traiter"), steps.get(0).getText());
            assertTrue(steps.get(1).getText().contains("Ucanss"), steps.get(1).getText());

            // publishing before approval is not offered, and says why
            browser.clickAndWait("tab-publication");
            assertTrue(browser.driver().findElements(By.id("publicationForm:publish")).isEmpty(), "no publish button");
            assertTrue(browser.text("publicationRefusal").contains("demande d'approbation est en cours"), browser.text("publicationRefusal"));

            // the CNAM approver gets the e-mail, follows its link through the login form and approves
            String cnamLink = stepLink(awaitMail("marc.dubois@cnam.example.fr", reference));
            openAsAnonymousThenLogIn(browser, cnamLink, "approbateur.cnam");
            assertTrue(browser.text("requestHeading").contains(reference), browser.text("requestHeading"));
            assertTrue(browser.text("requestMessage").contains("Poste vacant au 1er septembre."));
            assertEquals("Approuvé", browser.el("answerForm:approve").getAttribute("value"));
            accessible(browser, "approval request seen by the national fund");
            clickConfirmAndWait(browser, "answerForm:approve");
            assertTrue(browser.text("answerDone").contains("Approuvé"), browser.text("answerDone"));

            // other organisations see nothing: another fund, a recruiter of another organisation
            browser.login("approbateur.cnav", TestUsers.PASSWORD);
            assertEquals(403, browser.fetch(cnamLink).statusCode(), "a step of another fund");
            browser.login(TestUsers.CAF_RHONE, TestUsers.PASSWORD);
            assertEquals(403, browser.fetch(cnamLink).statusCode(), "recruiters answer no request");
            assertEquals(403, browser.fetch("/recruteur/offre.xhtml?id=" + offerId).statusCode());
            assertEquals(403, browser.fetch("/recruteur/offre.xhtml?id=" + offerId + "&onglet=approbation").statusCode());

            // Ucanss reviews (second step), then publishes from the offer's publication tab
            String ucanssLink = stepLink(awaitMail("anne.petit@ucanss.example.fr", reference));
            browser.login("admin.ucanss", TestUsers.PASSWORD);
            browser.open(ucanssLink);
            assertTrue(browser.text("requestKind").contains("étape 2 sur 2"), browser.text("requestKind"));
            clickConfirmAndWait(browser, "answerForm:approve");
            browser.open("/recruteur/offre.xhtml?id=" + offerId + "&onglet=publication");
            assertTrue(browser.text("offerStatus").contains("Approuvée"), browser.text("offerStatus"));
            accessible(browser, "publication tab seen by Ucanss");
            WebElement ucanss = channelBox(browser, "UCANSS");
            assertTrue(ucanss.isSelected(), "ucanss.fr comes first");
            clickConfirmAndWait(browser, "publicationForm:publish");
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerStatus"), "Publiée"));
            assertTrue(channelState(browser, "UCANSS").contains("Publiée le"), channelState(browser, "UCANSS"));

            // the recruiter follows both steps with their dates, and may not publish it (only Ucanss does)
            browser.login("recruteur.cpam75", TestUsers.PASSWORD);
            browser.open("/recruteur/offre.xhtml?id=" + offerId + "&onglet=approbation");
            steps = browser.driver().findElements(By.cssSelector("tr.step"));
            assertEquals(2, steps.size());
            for (WebElement step : steps) {
                assertTrue(step.findElement(By.className("step-status")).getText().contains("Approuvé"), step.getText());
                assertTrue(step.findElement(By.className("step-answered")).getText().matches("(?s)\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} par .+"),
                        step.getText());
            }
            accessible(browser, "approval tab with both answers");
            browser.clickAndWait("tab-publication");
            assertTrue(browser.driver().findElements(By.id("publicationForm:publish")).isEmpty(), "only Ucanss publishes");
            assertTrue(browser.text("publicationRefusal").contains("seule l'Ucanss"), browser.text("publicationRefusal"));
            browser.clickAndWait("tab-historique");
            String history = browser.text("history");
            assertTrue(history.contains("Demande d'approbation") && history.contains("Approbation accordée")
                    && history.contains("Publication"), history);

            // the offer is public
            browser.driver().manage().deleteAllCookies();
            browser.open("/offres/offre.xhtml?ref=" + reference);
            assertEquals(title, browser.text("offerTitle"));
        } catch (Throwable failure) {
            browser.capture("careers-committee-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void duringTheEn3sPeriodALevel8OfferWaitsForEn3sValidationBeforePublication() throws Exception {
        LocalDate today = LocalDate.of(LocalDate.now(PARIS).getYear() + 1, 2, 15);
        String title = "Responsable du service contentieux " + System.nanoTime();
        Browser browser = new Browser(root());
        try {
            moveServerClock("today=" + today);
            // a Carsat recruiter creates a level 8 offer: EN3S must answer first
            browser.login("recruteur.carsat44", TestUsers.PASSWORD);
            browser.clickAndWait("menuNewOffer");
            createOffer(browser, new OfferInput(title, null, "67", "GEN_8", "BAC5", "3 400 € brut mensuel", today.plusDays(30)));
            String reference = browser.text("createdReference");
            String offerId = offerId(browser);
            assertTrue(browser.text("nextSteps").contains("Que souhaitez-vous faire ensuite ?"));
            assertTrue(browser.text("approvalBadge").contains("Période EN3S"));

            browser.clickAndWait("tab-publication");
            assertTrue(browser.driver().findElements(By.id("publicationForm:publish")).isEmpty(), "blocked during the period");
            assertTrue(browser.text("publicationRefusal").contains("avant la réponse de l'EN3S"), browser.text("publicationRefusal"));

            // the request is pre-filled from the seed's text; the recruiter asks to be alerted
            browser.clickAndWait("tab-approbation");
            String message = browser.el("approvalForm:message").getAttribute("value");
            assertTrue(message.contains("Référence du poste : " + reference), message);
            assertTrue(message.contains("Intitulé du poste : " + title), message);
            assertEquals(today.plusDays(7).toString(), browser.el("approvalForm:dueDate").getAttribute("value"));
            browser.el("approvalForm:alert:0").click();
            browser.clickAndWait("approvalForm:submitApproval");
            assertTrue(browser.text("offerStatus").contains("En cours d'approbation"));

            // EN3S validates from the e-mail's link
            MimeMessage request = awaitMail("valideur@en3s.example.fr", reference);
            assertTrue(request.getSubject().contains("dérogation EN3S"), request.getSubject());
            String link = stepLink(request);
            openAsAnonymousThenLogIn(browser, link, "valideur.en3s");
            assertEquals("Validé", browser.el("answerForm:approve").getAttribute("value"));
            accessible(browser, "EN3S request");
            clickConfirmAndWait(browser, "answerForm:approve");
            assertTrue(browser.text("answerDone").contains("Validé"), browser.text("answerDone"));
            browser.open("/approbation/demandes.xhtml?traitees=true");
            assertTrue(browser.text("inboxForm:requests").contains(reference), "in the answered requests");
            accessible(browser, "EN3S inbox");

            // the recruiter is alerted, and the publication functions reopen
            MimeMessage alert = awaitMail("jean.dujardin@carsat-am.example.fr", reference);
            assertTrue(alert.getSubject().contains("approuvée"), alert.getSubject());
            browser.login("recruteur.carsat44", TestUsers.PASSWORD);
            browser.open("/recruteur/offre.xhtml?id=" + offerId + "&onglet=publication");
            assertTrue(browser.driver().findElements(By.id("publicationRefusal")).isEmpty());
            clickConfirmAndWait(browser, "publicationForm:publish");
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerStatus"), "Publiée"));
            browser.clickAndWait("tab-approbation");
            assertTrue(browser.text("processesForm").contains("Validé"), browser.text("processesForm"));

            browser.open("/recruteur/approbations.xhtml?statut=APPROVED");
            assertTrue(browser.text("processesForm:processes").contains(reference));
            accessible(browser, "approval processes");
        } catch (Throwable failure) {
            browser.capture("en3s-failure");
            throw failure;
        } finally {
            moveServerClock("reset=true");
            browser.close();
        }
    }

    @Test
    void apecWithoutSalaryIsRefusedAndANewAccountWaitsForExternalSites() throws Exception {
        Browser browser = new Browser(root());
        try {
            browser.login("recruteur.cpam75", TestUsers.PASSWORD);
            browser.clickAndWait("menuNewOffer");
            createOffer(browser, new OfferInput("Gestionnaire de la relation client " + System.nanoTime(), null, "75", "GEN_5",
                    "BAC2", null, LocalDate.now(PARIS).plusDays(20)));
            browser.clickAndWait("tab-publication");
            assertTrue(channelConditions(browser, "APEC").contains("Rémunération à renseigner"), channelConditions(browser, "APEC"));
            assertEquals("", channelConditions(browser, "LACAFRECRUTE"), "institutional sites need no salary");
            accessible(browser, "publication tab");

            channelBox(browser, "APEC").click();
            clickConfirmAndWait(browser, "publicationForm:publish");
            String error = browser.text("publicationForm:channelsMsg");
            assertTrue(error.contains("Pour publier sur Apec, renseignez la rémunération"), error);
            assertTrue(browser.text("offerStatus").contains("Brouillon"), "nothing published");
            accessible(browser, "publication refused");

            // a two-hour-old account sees when external sites open to it
            browser.login("recruteur.nouveau", TestUsers.PASSWORD);
            browser.clickAndWait("menuNewOffer");
            createOffer(browser, new OfferInput("Technicien de prestations " + System.nanoTime(), null, "59", "GEN_4",
                    "BAC", "2 000 € brut mensuel", LocalDate.now(PARIS).plusDays(20)));
            browser.clickAndWait("tab-publication");
            assertTrue(channelConditions(browser, "APEC").matches("Disponible à partir du \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"),
                    channelConditions(browser, "APEC"));
            assertEquals("", channelConditions(browser, "UCANSS"));
        } catch (Throwable failure) {
            browser.capture("channels-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void teamsVersionsWithdrawalAndClosingAreRecordedOnTheOffer() throws Exception {
        String title = "Conseiller en gestion du risque " + System.nanoTime();
        Browser browser = new Browser(root());
        try {
            browser.login("recruteur.cpam75", TestUsers.PASSWORD);
            browser.clickAndWait("menuNewOffer");
            createOffer(browser, new OfferInput(title, null, "75", "GEN_5", "BAC3", "2 600 € brut mensuel",
                    LocalDate.now(PARIS).plusDays(25)));
            String offerId = offerId(browser);

            // published on two sites, then edited: a new version, no new approval needed
            browser.clickAndWait("tab-publication");
            channelBox(browser, "LACAFRECRUTE").click();
            clickConfirmAndWait(browser, "publicationForm:publish");
            assertTrue(channelState(browser, "LACAFRECRUTE").contains("Publiée le"));
            browser.clickAndWait("tab-contenu");
            browser.type("offerForm:title", title + " (H/F)");
            browser.clickAndWait("offerForm:save");
            assertTrue(browser.text("messages").contains("Version 2") && browser.text("messages").contains("sans nouvelle approbation"),
                    browser.text("messages"));
            assertEquals("Version 2", browser.text("offerVersion"));

            // the approval team: advanced search, add, remove
            browser.clickAndWait("tab-approbateurs");
            browser.type("teamForm:searchText", "EN3S");
            browser.clickAndWait("teamForm:search");
            WebElement add = browser.driver().findElement(By.cssSelector("input[data-login='valideur.en3s']"));
            accessible(browser, "approval team search");
            WebElement stale = add;
            add.click();
            browser.waitFor().until(d -> Browser.isGone(stale));
            assertTrue(browser.text("teamForm:members").contains("EN3S dérogation"), browser.text("teamForm:members"));
            clickConfirmAndWait(browser, "teamForm:members:0:remove");
            assertTrue(browser.driver().findElements(By.id("teamForm:members")).isEmpty(), "removed");
            browser.clickAndWait("tab-equipe");
            assertTrue(browser.text("teamForm:members").contains("Claire Martin"));
            clickConfirmAndWait(browser, "teamForm:members:0:remove");
            assertTrue(browser.text("messages").contains("au moins un membre"), browser.text("messages"));

            // withdrawing ucanss.fr withdraws everywhere
            browser.clickAndWait("tab-publication");
            WebElement withdraw = browser.driver().findElement(By.cssSelector("input[value='Retirer'][data-channel='UCANSS']"));
            withdraw.click();
            String confirm = browser.waitFor().until(ExpectedConditions.alertIsPresent()).getText();
            assertTrue(confirm.contains("tous les autres sites"), confirm);
            browser.driver().switchTo().alert().accept();
            browser.waitFor().until(d -> Browser.isGone(withdraw));
            assertTrue(channelState(browser, "LACAFRECRUTE").contains("Retirée le"));
            assertTrue(browser.text("offerStatus").contains("Brouillon"), browser.text("offerStatus"));

            // closing: a reason is required
            browser.clickAndWait("tab-selection");
            assertTrue(browser.text("applicationCount").contains("Aucune candidature"));
            clickConfirmAndWait(browser, "closeForm:close");
            assertTrue(browser.text("closeForm:reasonMsg").contains("motif"), browser.text("closeForm:reasonMsg"));
            browser.el("closeForm:reason:0").click();
            accessible(browser, "selection tab");
            clickConfirmAndWait(browser, "closeForm:close");
            assertTrue(browser.text("offerStatus").contains("Clôturée"));
            assertTrue(browser.text("closedNotice").contains("Poste pourvu"));

            browser.clickAndWait("tab-historique");
            String history = browser.text("history");
            for (String expected : List.of("Création", "Publication", "Nouvelle version", "Version 2",
                    "Ajout d'un membre d'équipe", "Équipe d'approbation : EN3S dérogation", "Retrait d'un site", "Clôture", "Poste pourvu")) {
                assertTrue(history.contains(expected), expected + " in " + history);
            }
            accessible(browser, "history");
            browser.clickAndWait("tab-contenu");
            assertTrue(browser.driver().findElements(By.id("offerForm:save")).isEmpty(), "a closed offer is read-only");
            assertTrue(browser.text("offerFacts").contains("2 600 € brut mensuel"));
            accessible(browser, "read-only content");
            assertEquals(200, browser.fetch("/recruteur/offre.xhtml?id=" + offerId + "&onglet=historique").statusCode());
        } catch (Throwable failure) {
            browser.capture("teams-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void aMultibranchOrganisationNamesTheApprovingFundAndMayWithdrawItsRequest() throws Exception {
        Browser browser = new Browser(root());
        try {
            browser.login("recruteur.cgss972", TestUsers.PASSWORD);
            browser.clickAndWait("menuNewOffer");
            accessible(browser, "new offer form of a multibranch organisation");
            OfferInput input = new OfferInput("Agent comptable de la CGSS " + System.nanoTime(), "ACCOUNTING_OFFICER", "972", "GEN_9",
                    "BAC5", "Selon la grille des agents de direction", LocalDate.now(PARIS).plusDays(40));
            createOffer(browser, input);
            assertTrue(browser.text("offerForm:nationalFundMsg").contains("Caisse nationale"), browser.text("offerForm:nationalFundMsg"));
            browser.select("offerForm:nationalFund", "CNAF");
            browser.clickAndWait("offerForm:save");
            String reference = browser.text("createdReference");
            browser.clickAndWait("submitForApproval");
            browser.clickAndWait("approvalForm:submitApproval");
            assertTrue(browser.text("processesForm").contains("Caisse nationale des allocations familiales"));

            // the CNAF approver finds it in the inbox
            browser.login("approbateur.cnaf", TestUsers.PASSWORD);
            assertTrue(browser.text("inboxForm:requests").contains(reference), "the landing page of an approver is the inbox");
            accessible(browser, "inbox");

            // the recruiter withdraws the request: the offer is editable again
            browser.login("recruteur.cgss972", TestUsers.PASSWORD);
            browser.clickAndWait("menuProcesses");
            assertTrue(browser.text("processesForm:processes").contains(reference));
            browser.driver().findElement(By.linkText(reference)).click();
            browser.el("processesForm");
            clickConfirmAndWait(browser, "processesForm:processes:0:cancelProcess");
            assertTrue(browser.text("offerStatus").contains("Brouillon"), browser.text("offerStatus"));
            assertTrue(browser.text("processesForm").contains("Annulé"));
            assertTrue(browser.driver().findElements(By.id("approvalForm:submitApproval")).size() == 1, "may ask again");

            // the Ucanss administrator follows every organisation's processes
            browser.login("admin.ucanss", TestUsers.PASSWORD);
            browser.clickAndWait("menuProcesses");
            browser.open("/recruteur/approbations.xhtml?statut=CANCELLED");
            assertTrue(browser.text("processesForm:processes").contains(reference));
            assertTrue(browser.text("processesForm:processes").contains("CGSS de la Martinique"));
        } catch (Throwable failure) {
            browser.capture("multibranch-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    private String root() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    private void moveServerClock(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(root() + "/test/clock?" + query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    /** Fills the offer form (new offer) and clicks "Créer". */
    static void createOffer(Browser browser, OfferInput offer) {
        browser.type("offerForm:title", offer.title());
        if (offer.post() != null) {
            browser.select("offerForm:careersCommitteePost", offer.post());
        }
        browser.select("offerForm:contractType", "CDI");
        browser.select("offerForm:departement", offer.departement());
        ((JavascriptExecutor) browser.driver()).executeScript("PF('descriptionEditor').editor.clipboard.dangerouslyPasteHTML(arguments[0]);",
                "<p>Vous pilotez le service et ses <strong>équipes</strong>.</p>");
        browser.select("offerForm:qualificationLevel", offer.qualification());
        browser.select("offerForm:educationLevel", offer.education());
        if (offer.salary() != null) {
            browser.type("offerForm:salary", offer.salary());
        }
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.el("offerForm:closingDate"), offer.closingDate().toString());
        browser.clickAndWait("offerForm:save");
    }

    static String offerId(Browser browser) {
        return browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    static WebElement channelBox(Browser browser, String code) {
        return browser.driver().findElement(By.cssSelector("input[data-channel='" + code + "']"));
    }

    static String channelState(Browser browser, String code) {
        return browser.driver().findElement(By.cssSelector(".channel-state[data-channel='" + code + "']")).getText().strip();
    }

    static String channelConditions(Browser browser, String code) {
        return browser.driver().findElement(By.cssSelector(".channel-conditions[data-channel='" + code + "']")).getText().strip();
    }

    /** Clicks a button that asks for confirmation, accepts, and waits for the next page. */
    static void clickConfirmAndWait(Browser browser, String id) {
        WebElement button = browser.el(id);
        button.click();
        browser.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitFor().until(d -> Browser.isGone(button));
    }

    /** A mailed link opened without a session: the login form comes first, then the page asked for. */
    static void openAsAnonymousThenLogIn(Browser browser, String path, String login) {
        browser.driver().manage().deleteAllCookies();
        browser.open(path);
        browser.type("j_username", login);
        browser.type("j_password", TestUsers.PASSWORD);
        browser.clickAndWait("loginSubmit");
        assertTrue(browser.driver().getCurrentUrl().endsWith(path), browser.driver().getCurrentUrl());
    }

    static String stepLink(MimeMessage mail) throws Exception {
        String body = text(mail.getContent());
        Matcher matcher = STEP_LINK.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    /** The decoded text of a mail, whatever its parts and transfer encoding. */
    static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    static void accessible(Browser browser, String page) throws IOException {
        Accessibility.check(browser.driver(), page);
    }

    static MimeMessage awaitMail(String recipient, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().contains(subjectPart) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equals(recipient));
                } catch (MessagingException e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail for " + recipient + " about " + subjectPart);
    }
}
