package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In headless Chromium (seed 002): a company recruiter searches the pool, opens the skills overlay,
 * studies a profile, puts it in the portfolio "pour recrutement potentiel", finds it in the
 * portfolio, moves it to "Recrutement" (refused until the recruitment section is filled); a
 * recruiter of a second company still finds the candidate in its pool; a recruiter with overdue
 * sheets is sent to them. Every page is checked by axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SarJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    void searchByName(Browser browser, String name) {
        browser.open("/entreprise/vivier.xhtml");
        browser.type("poolForm:name", name);
        browser.el("poolForm:search").click();
        browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".candidate-name")).stream()
                .allMatch(e -> e.getText().equalsIgnoreCase(name)) && !d.findElements(By.cssSelector(".candidate-name")).isEmpty());
    }

    @Test
    void aRecruiterStudiesAProfileKeepsItForRecruitmentAndRecruitsIt() throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        try (Browser browser = new Browser(root)) {
            try {
                browser.login("recruteur.entreprise", TestUsers.PASSWORD);
                searchByName(browser, "DELEAN");
                JourneyIT.accessible(browser, "pool search");
                browser.el("poolForm:profiles:0:showSkills").click();
                browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("poolForm:skillsDialog")));
                assertTrue(browser.text("poolForm:skillsDialog").contains("-Op\u00e9rationnel")
                        || browser.text("poolForm:skillsDialog").contains("-D\u00e9butant")
                        || browser.text("poolForm:skillsDialog").contains("-Exp\u00e9riment\u00e9"), browser.text("poolForm:skillsDialog"));
                browser.el("poolForm:closeSkills").click();

                browser.clickAndWait("poolForm:profiles:0:study");
                assertTrue(browser.text("profileTitle").contains("DELEAN"));
                JourneyIT.accessible(browser, "profile synthesis");
                WebElement keep = browser.waitFor().until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".quick-POTENTIAL_RECRUITMENT")));
                assertEquals("Mettre en portefeuille pour recrutement potentiel", keep.getText());
                keep.click();
                browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("quickForm:openSheet")));
                assertTrue(browser.text("messages").contains("portefeuille de votre entreprise"), browser.text("messages"));

                browser.open("/entreprise/portefeuille.xhtml");
                browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".sheet-link")).stream()
                        .anyMatch(e -> e.getText().contains("DELEAN")));
                JourneyIT.accessible(browser, "portfolio");
                // "Cree le": the first click sorts descending, the second ascending
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                        browser.el("portfolioForm:sheets:sortCreated"));
                browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> browser.text("portfolioForm:sheets:sortCreated").endsWith("\u25bc"));
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                        browser.el("portfolioForm:sheets:sortCreated"));
                browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> browser.text("portfolioForm:sheets:sortCreated").endsWith("\u25b2"));
                // a click anywhere on the row (here its status) opens the sheet
                WebElement row = browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.cssSelector("#portfolioForm\\:sheets tbody tr")).stream()
                        .filter(r -> r.getText().contains("DELEAN")).findFirst().orElse(null));
                row.findElement(By.cssSelector(".sheet-status")).click();
                browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
                assertEquals("Candidat en vivier", browser.text("status").trim());
                JourneyIT.accessible(browser, "follow-up sheet");

                browser.select("sheetForm:result", "RECRUITMENT");
                browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheetForm:recruitmentPanel"),
                        "obligatoirement"));
                browser.el("sheetForm:save").click();
                browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                        "volet Suivi recrutement"));
                assertEquals("Candidat en vivier", browser.text("status").trim(), "refused: nothing changed");

                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                        browser.el("sheetForm:recruitedOn"), java.time.LocalDate.now().toString());
                browser.select("sheetForm:contract", "CDI");
                browser.select("sheetForm:recruitmentState", "TRIAL_OR_APPRENTICESHIP");
                browser.el("sheetForm:save").click();
                browser.waitFor().until(ExpectedConditions.textToBe(By.id("status"),
                        "Recrut\u00e9 en p\u00e9riode essai ou alternance"));
                assertTrue(browser.text("messages").contains("enregistr\u00e9e"), browser.text("messages"));
                JourneyIT.accessible(browser, "sheet recruited");

                // another company still has the candidate in its pool
                browser.login("recruteur.entreprise2", TestUsers.PASSWORD);
                searchByName(browser, "DELEAN");
                assertEquals(1, browser.driver().findElements(By.cssSelector(".candidate-name")).size());

                // a recruiter with overdue sheets lands on them, with the warning
                browser.login("recruteur.echeance", TestUsers.PASSWORD);
                browser.open("/entreprise/vivier.xhtml");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/entreprise/portefeuille.xhtml"));
                assertTrue(browser.text("messages").contains("arriv\u00e9es \u00e0 \u00e9ch\u00e9ance"), browser.text("messages"));
                assertTrue(browser.driver().findElements(By.cssSelector(".sheet-link")).size() >= 1);
                // the seed's overdue view: an Actions column, a filter on area, actions, status and result only
                assertTrue(browser.text("portfolioForm:sheets").contains("Actions"), browser.text("portfolioForm:sheets"));
                assertTrue(browser.driver().findElements(By.id("portfolioForm:jobs")).isEmpty());
                assertFalse(browser.driver().findElements(By.id("portfolioForm:statuses")).isEmpty());
                JourneyIT.accessible(browser, "overdue sheets");
            } catch (AssertionError | RuntimeException e) {
                browser.capture("sar-journey");
                throw e;
            }
        }
    }
}
