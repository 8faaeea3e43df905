package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The candidate's journey in headless Chromium: sign up, fail to log in before validating, open the
 * validation link received by mail, log in, apply to two published offers through the guided form
 * (questions, documents, review, "Soumettre"; the second with the CV saved by the first), find both in "Mes candidatures", withdraw one after confirming; every new page checked by
 * axe-core; a recruiter is refused the candidate space and a forged id is not found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CandidateJourneyIT {

    static final Pattern LINK = Pattern.compile("(https?://\\S+/compte/valider\\.xhtml\\?jeton=[A-Za-z0-9_-]{43})");
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
    void signUpValidateApplyTwiceReusingTheCvAndWithdrawOne(@TempDir Path dir) throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        String email = "camille.candidate." + System.nanoTime() + "@example.org";
        String password = "Candidat-2026!ok";
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path cv = Files.write(dir.resolve("cv-camille.pdf"), pdf);
        Path fakeCv = Files.write(dir.resolve("faux.pdf"), "pas un PDF".getBytes(StandardCharsets.UTF_8));
        Path png = Files.write(dir.resolve("permis.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        List<String[]> published = publishedOffers(root);
        String[] first = published.get(0);
        String[] second = published.get(1);

        Browser browser = new Browser(root);
        try {
            // 1. sign-up: an empty form is refused field by field, then the account is created
            browser.open("/index.xhtml");
            browser.clickAndWait("signUp");
            JourneyIT.accessible(browser, "sign-up form");
            browser.clickAndWait("signUpForm:submit");
            assertTrue(browser.text("signUpForm:firstNameMsg").contains("prénom"), browser.text("signUpForm:firstNameMsg"));
            assertTrue(browser.text("signUpForm:privacyMsg").contains("notice"));
            // (no axe check here: the template's p:messages puts role="alert" on its <li>, a list violation of all pages)
            browser.type("signUpForm:firstName", "Camille");
            browser.type("signUpForm:lastName", "Durand");
            browser.type("signUpForm:email", email);
            browser.type("signUpForm:password", password);
            browser.type("signUpForm:passwordConfirmation", password);
            browser.el("signUpForm:privacy").click();
            browser.clickAndWait("signUpForm:submit");
            assertTrue(browser.text("signUpConfirmation").contains(email), browser.text("signUpConfirmation"));
            JourneyIT.accessible(browser, "sign-up done");

            // 2. not validated yet: the login page says so
            browser.login(email, password);
            assertTrue(browser.text("loginNotValidated").contains("pas encore validé"), browser.text("loginNotValidated"));
            JourneyIT.accessible(browser, "login, account not validated");

            // 3. the validation link from the received mail
            MimeMessage mail = awaitMail(email);
            String text = ServerMail.text(mail);
            assertTrue(text.contains(email), "the mail confirms the login");
            Matcher link = LINK.matcher(text);
            assertTrue(link.find(), text);
            browser.driver().get(link.group(1));
            assertTrue(browser.text("validationOutcome").contains("Votre compte est validé"), browser.text("validationOutcome"));
            JourneyIT.accessible(browser, "account validated");

            // 4. log in: the candidate space, empty
            browser.login(email, password);
            assertTrue(browser.driver().getCurrentUrl().contains("/espace/candidat/index.xhtml"), browser.driver().getCurrentUrl());
            assertTrue(browser.text("noApplications").contains("pas encore postulé"));
            JourneyIT.accessible(browser, "candidate space, empty");

            // 5. apply to a first offer through the guided form: it starts from the account, the CV is
            //    uploaded and kept in "Mes documents"
            browser.open("/offres/offre.xhtml?ref=" + first[0]);
            browser.clickAndWait("apply");
            assertEquals("Camille", browser.el("applyForm:firstName").getAttribute("value"));
            assertEquals(email, browser.el("applyForm:email").getAttribute("value"));
            answerAnyQuestion(browser);
            browser.clickAndWait("applyForm:next");
            assertTrue(browser.driver().findElements(By.id("applyForm:savedCv")).isEmpty(), "no CV saved yet");
            assertTrue(browser.el("applyForm:keepCv").isSelected(), "a new CV is kept by default");
            browser.el("applyForm:cv").sendKeys(cv.toString());
            browser.clickAndWait("applyForm:next2");
            assertEquals("cv-camille.pdf", browser.text("reviewCv"));
            browser.clickAndWait("applyForm:submit");
            assertTrue(browser.text("applyConfirmation").contains("bien été enregistrée"), browser.text("applyConfirmation"));

            // 6. a second offer, with the saved CV, without uploading it again
            browser.open("/offres/postuler.xhtml?ref=" + second[0]);
            answerAnyQuestion(browser);
            browser.clickAndWait("applyForm:next");
            WebElement saved = browser.el("applyForm:savedCv:0");
            assertTrue(saved.isSelected(), "the saved CV is offered and chosen by default");
            assertTrue(browser.text("applyForm:savedCv").contains("cv-camille.pdf"), browser.text("applyForm:savedCv"));
            JourneyIT.accessible(browser, "application form with the saved CV");
            browser.clickAndWait("applyForm:next2");
            assertEquals("cv-camille.pdf", browser.text("reviewCv"));
            JourneyIT.accessible(browser, "application review");
            browser.clickAndWait("applyForm:submit");
            assertTrue(browser.text("applyConfirmation").contains("bien été enregistrée"), browser.text("applyConfirmation"));
            assertEquals(2, awaitMails(email, "a bien été reçue", 2), "a confirmation mail per application");
            browser.clickAndWait("myApplications");

            // 7. both in "Mes candidatures"
            String table = browser.text("applications");
            assertTrue(table.contains(first[1]) && table.contains(second[1]), table);
            assertTrue(table.contains(first[0]) && table.contains(second[0]), table);
            assertEquals(2, browser.driver().findElements(By.cssSelector("#applications tbody tr")).size());
            JourneyIT.accessible(browser, "my applications");

            // 8. withdraw the first, after confirming
            String withdrawPath = withdrawLink(browser, first[0]).getAttribute("href").replace(root, "");
            withdrawLink(browser, first[0]).click();
            browser.waitFor().until(d -> !d.findElements(By.id("withdrawQuestion")).isEmpty());
            assertTrue(browser.text("withdrawQuestion").contains(first[1]), browser.text("withdrawQuestion"));
            JourneyIT.accessible(browser, "withdrawal confirmation");
            browser.clickAndWait("withdrawForm:confirm");
            assertTrue(browser.text("messages").contains("est retirée"), browser.text("messages"));
            String rows = browser.text("applications");
            assertTrue(rows.contains("Désistement"), rows);
            assertEquals(1, browser.driver().findElements(By.cssSelector("#applications a[href*='desistement']")).size(),
                    "only the other one can still be withdrawn");
            // axe after a reload: the template's p:messages list (role="alert" on <li>) fails axe on every page
            browser.open("/espace/candidat/index.xhtml");
            JourneyIT.accessible(browser, "my applications after withdrawal");

            // 9. the other pages of the space: "Mes documents" holds the CV, once
            browser.clickAndWait("navDocuments");
            assertEquals(1, browser.driver().findElements(By.cssSelector("#listForm\\:documents tbody tr")).size());
            assertTrue(browser.text("listForm:documents").contains("cv-camille.pdf"), browser.text("listForm:documents"));
            JourneyIT.accessible(browser, "my documents");
            String documentPath = browser.driver().findElement(By.cssSelector("a.document-link")).getAttribute("href").replace(root, "");
            HttpResponse<byte[]> own = browser.fetch(documentPath);
            assertEquals(200, own.statusCode());
            org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, own.body());
            // a file whose content is no PDF is refused on its field, whatever its name; an image is kept
            // as another piece, then deleted after confirming
            browser.select("documentsForm:kind", "CV");
            browser.el("documentsForm:file").sendKeys(fakeCv.toString());
            browser.clickAndWait("documentsForm:add");
            assertTrue(browser.text("documentsForm:fileMsg").contains("PDF, Word"), browser.text("documentsForm:fileMsg"));
            browser.select("documentsForm:kind", "OTHER");
            browser.el("documentsForm:file").sendKeys(png.toString());
            browser.clickAndWait("documentsForm:add");
            assertTrue(browser.text("listForm:documents").contains("permis.png"), browser.text("listForm:documents"));
            browser.driver().findElement(By.cssSelector("input[aria-label*='permis.png']")).click();
            browser.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> !d.findElement(By.id("listForm:documents")).getText().contains("permis.png"));
            browser.clickAndWait("navProfile");
            assertEquals("Durand", browser.el("profileForm:lastName").getAttribute("value"));
            JourneyIT.accessible(browser, "personal details");
            browser.clickAndWait("navPassword");
            JourneyIT.accessible(browser, "change of password");
            browser.clickAndWait("navEmail");
            assertTrue(browser.text("currentEmail").contains(email));
            JourneyIT.accessible(browser, "change of e-mail");

            // 10. forged ids are not found; a recruiter is refused the candidate space
            assertEquals(404, browser.fetch("/espace/candidat/desistement.xhtml?id=1").statusCode());
            assertEquals(404, browser.fetch("/espace/candidat/document?id=1").statusCode(), "a forged document id");
            assertEquals(200, browser.fetch(withdrawPath).statusCode());
            browser.login(TestUsers.CPAM_PARIS, TestUsers.PASSWORD);
            assertEquals(403, browser.fetch("/espace/candidat/index.xhtml").statusCode());
            assertEquals(403, browser.fetch(withdrawPath).statusCode());
            assertEquals(403, browser.fetch(documentPath).statusCode(), "a recruiter never reads a saved document");
            assertEquals(200, browser.fetch("/recruteur/offres.xhtml").statusCode());
        } catch (Throwable failure) {
            browser.capture("candidate-journey-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void forgottenPasswordAndChangeOfAddressThroughTheMailedLinks() throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        String email = "dominique.oubli." + System.nanoTime() + "@example.org";
        String newEmail = "dominique.nouvelle." + System.nanoTime() + "@example.org";
        String password = "Candidat-2026!ok";
        String newPassword = "Nouveau-2026-mdp";

        Browser browser = new Browser(root);
        try {
            // a mistyped validation link
            browser.open("/compte/valider.xhtml?jeton=abc");
            assertTrue(browser.text("validationOutcome").contains("pas valable"), browser.text("validationOutcome"));
            JourneyIT.accessible(browser, "unknown validation link");

            browser.open("/inscription.xhtml");
            browser.type("signUpForm:firstName", "Dominique");
            browser.type("signUpForm:lastName", "Leroy");
            browser.type("signUpForm:email", email);
            browser.type("signUpForm:password", password);
            browser.type("signUpForm:passwordConfirmation", password);
            browser.el("signUpForm:privacy").click();
            browser.clickAndWait("signUpForm:submit");
            browser.el("signUpConfirmation");

            // forgotten password, from the login page; the answer is the same for any address
            browser.open("/login.xhtml");
            browser.clickAndWait("forgottenPassword");
            JourneyIT.accessible(browser, "forgotten password");
            browser.type("linkForm:email", email);
            browser.clickAndWait("linkForm:submit");
            assertTrue(browser.text("linkSent").contains("Si un compte correspond"), browser.text("linkSent"));
            MimeMessage reset = awaitMail(email, "nouveau mot de passe");
            Matcher resetLink = Pattern.compile("(https?://\\S+/compte/nouveau-mot-de-passe\\.xhtml\\?jeton=[A-Za-z0-9_-]{43})")
                    .matcher(ServerMail.text(reset));
            assertTrue(resetLink.find());
            browser.driver().get(resetLink.group(1));
            JourneyIT.accessible(browser, "new password form");
            browser.type("passwordForm:password", newPassword);
            browser.type("passwordForm:passwordConfirmation", newPassword);
            browser.clickAndWait("passwordForm:submit");
            assertTrue(browser.text("passwordReset").contains("mot de passe est changé"));
            browser.driver().get(resetLink.group(1));
            assertTrue(browser.text("resetLinkState").contains("déjà été utilisé"), "single use");

            // the mailbox is proven: the account logs in with the new password
            browser.login(email, newPassword);
            assertTrue(browser.driver().getCurrentUrl().contains("/espace/candidat/index.xhtml"), browser.driver().getCurrentUrl());

            // change of address: confirmed from the link sent to the new one, which logs the session out
            browser.clickAndWait("navEmail");
            browser.type("emailForm:email", newEmail);
            browser.type("emailForm:currentPassword", newPassword);
            browser.clickAndWait("emailForm:submit");
            assertTrue(browser.text("pendingEmail").contains(newEmail), browser.text("pendingEmail"));
            // a second session, opened elsewhere with the old address (form login over HTTP)
            HttpClient elsewhere = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertEquals(200, formLogin(elsewhere, root, email, newPassword).statusCode());
            MimeMessage confirm = awaitMail(newEmail, "confirmez votre nouvelle adresse");
            Matcher confirmLink = Pattern.compile("(https?://\\S+/compte/confirmer-adresse\\.xhtml\\?jeton=[A-Za-z0-9_-]{43})")
                    .matcher(ServerMail.text(confirm));
            assertTrue(confirmLink.find());
            browser.open(confirmLink.group(1).replaceFirst("https?://[^/]+", ""));
            assertTrue(browser.text("emailConfirmationOutcome").contains("est confirmée"), browser.text("emailConfirmationOutcome"));
            JourneyIT.accessible(browser, "new address confirmed");
            assertTrue(browser.driver().findElements(By.id("logout")).isEmpty(), "logged out");
            browser.login(newEmail, newPassword);
            assertTrue(browser.driver().getCurrentUrl().contains("/espace/candidat/index.xhtml"), browser.driver().getCurrentUrl());

            // the other session, opened with the old login, is ended and asked to log in again
            HttpResponse<String> ended = elsewhere.send(HttpRequest.newBuilder(URI.create(root + "/espace/candidat/index.xhtml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, ended.statusCode());
            assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?erreur=session"));
            HttpClient oldLogin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> refused = formLogin(oldLogin, root, email, newPassword);
            assertTrue(refused.body().contains("id=\"loginError\""), "the old address no longer logs in");
        } catch (Throwable failure) {
            browser.capture("candidate-links-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    /** Form login over plain HTTP, following redirects by hand; the last page reached. */
    static HttpResponse<String> formLogin(HttpClient http, String root, String login, String password) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(root + "/espace/index.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 5 && response.statusCode() == 302; hops++) {
            URI next = URI.create(root).resolve(response.headers().firstValue("Location").orElseThrow());
            response = http.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** Answers the offer's screening questions, if any: the first choice, or 5 for a number. */
    static void answerAnyQuestion(Browser browser) {
        browser.el("applyForm:firstName");
        browser.driver().findElements(By.cssSelector("input[type=radio][id$=':choice:0']")).forEach(WebElement::click);
        browser.driver().findElements(By.cssSelector("input[id$=':number']")).forEach(field -> field.sendKeys("5"));
    }

    static int awaitMails(String recipient, String subject, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        long found = 0;
        while (System.currentTimeMillis() < deadline) {
            found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient))
                            && m.getSubject().contains(subject);
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).count();
            if (found >= expected) {
                break;
            }
            Thread.sleep(200);
        }
        return (int) found;
    }

    static WebElement withdrawLink(Browser browser, String reference) {
        return browser.waitFor().until(d -> d.findElements(By.xpath(
                "//table[@id='applications']//a[contains(@href,'desistement') and contains(., '" + reference + "')]"))
                .stream().findFirst().orElse(null));
    }

    /** Two published offers (reference, title), as the public API lists them. */
    static List<String[]> publishedOffers(String root) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(root + "/api/v1/offers?size=2&sort=TITLE")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonArray items = Json.createReader(new StringReader(response.body())).readObject().getJsonArray("items");
        return items.stream().map(i -> new String[] {i.asJsonObject().getString("reference"), i.asJsonObject().getString("title")})
                .toList();
    }

    static MimeMessage awaitMail(String recipient) throws Exception {
        return awaitMail(recipient, "");
    }

    static MimeMessage awaitMail(String recipient, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                    .anyMatch(a -> a.toString().equals(recipient)) && m.getSubject().contains(subject);
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail for " + recipient);
    }
}
