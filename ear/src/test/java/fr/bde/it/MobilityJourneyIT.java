package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium: an employee records an ADD wish from the home page, the duplication runs
 * on commit and the personal space lists the pools; a recruiter of that region finds the wish by
 * diploma and target job, opens it and exports it; a recruiter of another region does not find it;
 * the employee sees who consulted the wish; the administrator sees the job's executions. Each
 * page is checked by axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobilityJourneyIT {

    static final String EMPLOYEE = "agent.mobilite";
    /** Recruiter of the Urssaf Bretagne (region 53). */
    static final String RECRUITER_HERE = TestUsers.URSSAF;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEmployeeRecordsAnExecutiveWishThatOnlyTheRecruitersOfItsRegionFind() throws Exception {
        String root = "http://" + base.getHost() + ":" + base.getPort();
        String diploma = "zythologie" + System.nanoTime() % 100000;
        String job = "cartographe" + System.nanoTime() % 100000;
        try (Browser browser = new Browser(root)) {
            browser.login(EMPLOYEE, TestUsers.PASSWORD);
            browser.open("/index.xhtml");
            browser.clickAndWait("mobilityExecutive");
            assertTrue(browser.text("wishTitle").contains("ADD"), browser.text("wishTitle"));
            assertTrue(browser.text("notAnApplication").contains("n'est pas une candidature"));
            JourneyIT.accessible(browser, "executive wish questionnaire");

            // sent empty but for the pre-filled identity: each problem beside its field
            browser.clickAndWait("wishForm:save");
            assertTrue(browser.text("wishForm:currentJobMsg").contains("emploi actuel"), browser.text("wishForm:currentJobMsg"));
            assertTrue(browser.text("wishForm:targetFunctionsMsg").contains("fonction de direction"));
            JourneyIT.accessible(browser, "questionnaire with errors");

            new Select(browser.el("wishForm:organisation")).selectByVisibleText("CPAM de Paris");
            browser.select("wishForm:branch", "MALADIE");
            browser.select("wishForm:scheme", "GENERAL");
            browser.type("wishForm:currentJob", "Responsable du service prestations");
            browser.type("wishForm:currentLevel", "Niveau 8");
            browser.select("wishForm:diploma0Level", "BAC5");
            browser.type("wishForm:diploma0Title", "Master " + diploma);
            browser.type("wishForm:diploma0Year", "2011");
            browser.type("wishForm:trainings", "Certificat d'études supérieures de direction (EN3S)");
            browser.type("wishForm:targetJobs", "Sous-directeur " + job);
            browser.select("wishForm:targetFunctions", "DEPUTY_DIRECTOR");
            browser.select("wishForm:wantedRegions", "53");
            browser.select("wishForm:wantedDepartements", "35");
            browser.type("wishForm:availableFrom", LocalDate.now().plusMonths(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.clickAndWait("wishForm:save");
            assertTrue(browser.driver().getCurrentUrl().contains("/espace/candidat/mobilite.xhtml"), browser.driver().getCurrentUrl());
            assertTrue(browser.text("messages").contains("souhait de mobilité est enregistré"), browser.text("messages"));

            // the job ran on commit: the pools show within seconds
            long deadline = System.currentTimeMillis() + 10_000;
            String pools = browser.driver().findElement(By.cssSelector("ul.pools")).getText();
            while (!pools.contains("Bretagne") && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
                browser.open("/espace/candidat/mobilite.xhtml");
                pools = browser.driver().findElement(By.cssSelector("ul.pools")).getText();
            }
            assertTrue(pools.contains("Vivier régional du régime général — Bretagne"), pools);
            assertTrue(pools.contains("Gestionnaires de carrières"), pools);
            assertTrue(browser.text("notAnApplication").contains("n'est pas une candidature"));
            JourneyIT.accessible(browser, "my mobility wishes");
            browser.logout();

            // a recruiter of Bretagne finds it by diploma and target job, opens it, exports it
            browser.login(RECRUITER_HERE, TestUsers.PASSWORD);
            browser.clickAndWait("menuMobilityPools");
            JourneyIT.accessible(browser, "mobility pools");
            browser.type("searchForm:diplomaKeywords", diploma);
            browser.type("searchForm:jobKeywords", job);
            browser.select("searchForm:diplomaLevel", "BAC3");
            browser.select("searchForm:wantedDepartement", "35");
            browser.clickAndWait("searchForm:search");
            assertTrue(browser.text("resultCount").contains("1 souhait"), browser.text("resultCount"));
            assertTrue(browser.text("resultsForm:results").contains("Lemoine"), browser.text("resultsForm:results"));
            HttpResponse<byte[]> xlsx = browser.fetch("/mobilite/viviers.xlsx?diplome=" + diploma);
            assertEquals(200, xlsx.statusCode());
            assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
            assertTrue(xlsx.body().length > 1000);
            browser.clickAndWait("resultsForm:results:0:open");
            assertTrue(browser.text("targetJobs").contains(job));
            JourneyIT.accessible(browser, "wish opened by a recruiter");
            browser.logout();

            // a recruiter of Île-de-France does not find it, nor open it by its address
            browser.login(TestUsers.CPAM_PARIS, TestUsers.PASSWORD);
            browser.open("/mobilite/viviers.xhtml");
            browser.type("searchForm:diplomaKeywords", diploma);
            browser.clickAndWait("searchForm:search");
            assertTrue(browser.text("resultsForm:results").contains("Aucun souhait"), browser.text("resultsForm:results"));
            assertEquals(0, browser.driver().findElements(By.linkText("Lemoine Sarah")).size());
            browser.logout();

            // a candidate may not search the pools
            browser.login(EMPLOYEE, TestUsers.PASSWORD);
            assertEquals(403, browser.fetch("/mobilite/viviers.xlsx").statusCode());
            // the employee sees who consulted the wish
            browser.clickAndWait("navMobility");
            String log = browser.driver().findElement(By.cssSelector("table.data-table")).getText();
            assertTrue(log.contains("Nadia Haddad") && log.contains("Urssaf Bretagne") && log.contains("Fiche ouverte")
                    && log.contains("Extraction Excel"), log);
            browser.logout();

            // the administrator sees every job's executions, and starts the duplication on demand
            browser.login(TestUsers.UCANSS_ADMIN, TestUsers.PASSWORD);
            browser.clickAndWait("menuBatchJobs");
            assertTrue(browser.text("jobsForm:executions").contains("mobility-duplication"));
            JourneyIT.accessible(browser, "batch jobs");
            browser.clickAndWait("jobsForm:startMobility");
            assertTrue(browser.text("messages").contains("Duplication"), browser.text("messages"));
        }
    }
}
