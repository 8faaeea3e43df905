package fr.bde.it;

import static fr.bde.it.TestUsers.CAF_RHONE;
import static fr.bde.it.TestUsers.CPAM_PARIS;
import static fr.bde.it.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.service.ApprovalService;
import fr.bde.approval.service.En3sReportRow;
import fr.bde.approval.service.En3sReportService;
import fr.bde.approval.service.En3sReportTotals;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.PageRequest;
import fr.bde.offer.domain.En3sAnswer;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.publication.domain.ChannelDispatch;
import fr.bde.publication.service.PublicationService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Channel feeds over HTTP (what each channel may show, withdrawal), the public page's JSON-LD, and
 * the EN3S control report with its scoping, totals, screen and .xlsx export.
 */
@ExtendWith(ArquillianExtension.class)
class FeedAndReportIT {

    static final String CARSAT = "recruteur.carsat44";
    static final String EN3S = "valideur.en3s";
    static final String ADMIN = "admin.ucanss";
    static final String SALARY = "2 850 € brut mensuel";
    static final String EDUCATION = "Bac+5";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(FeedAndReportIT.class, WebClient.class);
    }

    @Inject
    OfferService offers;

    @Inject
    PublicationService publications;

    @Inject
    ApprovalService approvals;

    @Inject
    En3sReportService reports;

    @Inject
    ClockProducer clockProducer;

    @Inject
    Clock clock;

    static OfferDraft draft(String title, String departement, String level) {
        return new OfferDraft(title, "CDI", departement, "<p>Pilotage d'une équipe <b>régionale</b></p>", level, "BAC5",
                SALARY, LocalDate.now().plusDays(40));
    }

    @Test
    void feedsShowWhatEachChannelMayAndDropAWithdrawnOffer() throws Exception {
        JobOffer offer = as(CPAM_PARIS, () -> offers.create(draft("Chargé de la relation entreprises (H/F)", "75", "GEN_4")));
        as(CPAM_PARIS, () -> publications.publish(offer.getId(), List.of("UCANSS", "APEC", "LACAFRECRUTE"), false));
        String ref = offer.getReference();
        WebClient web = WebClient.local();

        HttpResponse<String> apec = web.get("/api/v1/feeds/APEC");
        assertEquals(200, apec.statusCode());
        assertTrue(apec.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        Element job = xmlJob(apec.body(), ref).orElseThrow(() -> new AssertionError("in the Apec feed: " + ref));
        assertEquals(EDUCATION, text(job, "educationLevel"), "job boards get the education level");
        assertEquals(SALARY, text(job, "salary"), "and the salary");
        assertEquals("Chargé de la relation entreprises (H/F)", text(job, "title"));

        HttpResponse<String> ucanss = web.get("/api/v1/feeds/UCANSS");
        assertEquals(200, ucanss.statusCode());
        assertTrue(ucanss.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        JsonObject list = Json.createReader(new StringReader(ucanss.body())).readObject();
        assertEquals("ItemList", list.getString("@type"));
        JsonObject posting = jsonPosting(list, ref).orElseThrow(() -> new AssertionError("in the ucanss.fr feed: " + ref));
        assertEquals("JobPosting", posting.getString("@type"));
        assertFalse(posting.containsKey("educationRequirements"), "never on institutional sites: " + posting);
        assertFalse(posting.containsKey("baseSalary"), "salary not shown by the recruiter: " + posting);
        assertTrue(jsonPosting(json(web.get("/api/v1/feeds/LACAFRECRUTE").body()), ref).isPresent());
        assertTrue(jsonPosting(json(web.get("/api/v1/feeds/METIERS_SECU").body()), ref).isEmpty(), "not published there");

        as(CPAM_PARIS, () -> publications.withdraw(offer.getId(), "UCANSS"));
        assertTrue(xmlJob(web.get("/api/v1/feeds/APEC").body(), ref).isEmpty(), "withdrawing from ucanss.fr withdraws everywhere");
        assertTrue(jsonPosting(json(web.get("/api/v1/feeds/UCANSS").body()), ref).isEmpty());
        assertTrue(jsonPosting(json(web.get("/api/v1/feeds/LACAFRECRUTE").body()), ref).isEmpty());

        Map<ChannelDispatch.Action, List<String>> dispatched = as(CPAM_PARIS, () -> publications.dispatches(offer.getId()))
                .stream().collect(Collectors.groupingBy(ChannelDispatch::getAction,
                        Collectors.mapping(d -> d.getChannel().getCode(), Collectors.toList())));
        assertEquals(List.of("APEC", "LACAFRECRUTE", "UCANSS"), sorted(dispatched.get(ChannelDispatch.Action.PUBLISH)));
        assertEquals(List.of("APEC", "LACAFRECRUTE", "UCANSS"), sorted(dispatched.get(ChannelDispatch.Action.WITHDRAW)));
        String apecItem = as(CPAM_PARIS, () -> publications.dispatches(offer.getId())).stream()
                .filter(d -> d.getAction() == ChannelDispatch.Action.PUBLISH && d.getChannel().getCode().equals("APEC"))
                .findFirst().orElseThrow().getPayload();
        assertTrue(apecItem.contains("reference=\"" + ref + "\"") && apecItem.contains(EDUCATION), "what was sent: " + apecItem);
    }

    @Test
    void feedListAndUnknownChannel() throws Exception {
        WebClient web = WebClient.local();
        HttpResponse<String> response = web.get("/api/v1/feeds");
        assertEquals(200, response.statusCode());
        JsonArray channels = Json.createReader(new StringReader(response.body())).readArray();
        assertEquals(17, channels.size());
        JsonObject first = channels.getJsonObject(0);
        assertEquals("UCANSS", first.getString("code"));
        assertEquals("INSTITUTIONAL", first.getString("kind"));
        assertEquals("JSON", first.getString("format"));
        assertTrue(first.getString("feedUrl").endsWith("/api/v1/feeds/UCANSS"), first.toString());
        JsonObject apec = channels.stream().map(v -> v.asJsonObject()).filter(c -> c.getString("code").equals("APEC"))
                .findFirst().orElseThrow();
        assertEquals("XML", apec.getString("format"));
        assertEquals(200, web.get(apec.getString("feedUrl").replaceFirst("^https?://[^/]+", "")).statusCode());

        HttpResponse<String> unknown = web.get("/api/v1/feeds/NOPE");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
        assertEquals("Aucun canal de publication actif ne porte ce code.", json(unknown.body()).getString("detail"));

        String openApi = web.get("/openapi").body();
        assertTrue(openApi.contains("/api/v1/feeds/{code}") && openApi.contains("FeedDto"), openApi);
    }

    @Test
    void publicPageShowsTheInstitutionalViewAndItsJsonLd() throws Exception {
        JobOffer hidden = as(CPAM_PARIS, () -> publications.publish(
                offers.create(draft("Gestionnaire paie (H/F)", "75", "GEN_4")).getId(), List.of("UCANSS"), false));
        JobOffer shown = as(CPAM_PARIS, () -> publications.publish(
                offers.create(draft("Gestionnaire formation (H/F)", "75", "GEN_4")).getId(), List.of("UCANSS"), true));
        WebClient web = WebClient.local();

        HttpResponse<String> page = web.get("/offres/offre.xhtml?ref=" + hidden.getReference());
        assertEquals(200, page.statusCode());
        JsonObject posting = jsonLd(page.body());
        assertEquals("JobPosting", posting.getString("@type"));
        assertEquals(hidden.getReference(), posting.getJsonObject("identifier").getString("value"));
        assertTrue(posting.getString("url").endsWith("/offres/offre.xhtml?ref=" + hidden.getReference()));
        assertFalse(posting.containsKey("educationRequirements"), posting.toString());
        assertFalse(posting.containsKey("baseSalary"), posting.toString());
        assertFalse(page.body().contains(SALARY) || page.body().contains("id=\"offerSalary\""), "salary hidden");
        assertFalse(page.body().contains(EDUCATION), "education level never on the public page");

        HttpResponse<String> withSalary = web.get("/offres/offre.xhtml?ref=" + shown.getReference());
        JsonObject postingWithSalary = jsonLd(withSalary.body());
        assertEquals(SALARY, postingWithSalary.getJsonObject("baseSalary").getString("description"));
        assertFalse(postingWithSalary.containsKey("educationRequirements"));
        assertTrue(withSalary.body().contains("id=\"offerSalary\""), "salary shown when the recruiter chose");
        assertFalse(withSalary.body().contains(EDUCATION));

        JsonObject api = json(web.get("/api/v1/offers/" + hidden.getReference()).body());
        assertFalse(api.containsKey("salary") && !api.isNull("salary"), "the API follows the same rule: " + api);
        assertEquals(SALARY, json(web.get("/api/v1/offers/" + shown.getReference()).body()).getString("salary"));
    }

    @Test
    void en3sReportListsInScopeOffersOfTheCallersScopeWithTotalsScreenAndWorkbook() throws Exception {
        int year = 2026;
        clockProducer.travelTo(ZonedDateTime.of(year, 2, 16, 9, 30, 0, 0, ClockProducer.PARIS).toInstant());
        try {
            LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
            JobOffer inScope = as(CARSAT, () -> offers.create(new OfferDraft("Responsable du service retraite (H/F)",
                    "CDI", "67", "<p>Encadrement</p>", "GEN_8", "BAC5", null, today.plusDays(40))));
            JobOffer outOfScope = as(CARSAT, () -> offers.create(new OfferDraft("Conseiller retraite (H/F)",
                    "CDI", "67", "<p>Conseil</p>", "GEN_5", "BAC2", null, today.plusDays(40))));
            JobOffer unvalidated = as(CARSAT, () -> offers.create(new OfferDraft("Responsable comptable (H/F)",
                    "CDI", "67", "<p>Comptabilité</p>", "GEN_7", "BAC5", null, today.plusDays(120))));
            assertEquals(year, inScope.getEn3sYear());
            assertNull(outOfScope.getEn3sYear());
            assertEquals(year, unvalidated.getEn3sYear());

            BusinessException blocked = assertThrows(BusinessException.class,
                    () -> as(CARSAT, () -> publications.publish(inScope.getId(), List.of("UCANSS"), false)));
            assertEquals("publication.refused.en3s.NONE", blocked.getMessageKey());
            ApprovalProcess process = as(CARSAT, () -> approvals.start(inScope.getId(), "Demande de dérogation",
                    today.plusDays(7), true));
            Long stepId = process.getSteps().get(0).getId();
            as(EN3S, () -> approvals.answer(stepId, true, "Pas de profil élève"));
            as(CARSAT, () -> publications.publish(inScope.getId(), List.of("UCANSS"), false));
            as(CARSAT, () -> publications.publish(outOfScope.getId(), List.of("UCANSS"), false));
            JobOffer refused = as(CARSAT, () -> offers.create(new OfferDraft("Responsable du contrôle interne (H/F)",
                    "CDI", "67", "<p>Contrôle</p>", "GEN_9", "BAC5", null, today.plusDays(40))));
            Long refusedStep = as(CARSAT, () -> approvals.start(refused.getId(), "Demande", today.plusDays(5), false))
                    .getSteps().get(0).getId();
            as(EN3S, () -> approvals.answer(refusedStep, false, "Poste réservé à un élève"));
            JobOffer withdrawn = as(CARSAT, () -> offers.create(new OfferDraft("Responsable de la relation client (H/F)",
                    "CDI", "67", "<p>Relation</p>", "GEN_8", "BAC5", null, today.plusDays(40))));
            Long withdrawnProcess = as(CARSAT, () -> approvals.start(withdrawn.getId(), "Demande", today.plusDays(5), false))
                    .getId();
            assertEquals(En3sAnswer.PENDING, as(CARSAT, () -> offers.getForRecruiter(withdrawn.getId())).getEn3sAnswer());
            as(CARSAT, () -> {
                approvals.cancel(withdrawnProcess);
                return null;
            });
            assertNull(as(CARSAT, () -> offers.getForRecruiter(withdrawn.getId())).getEn3sAnswer(), "request withdrawn");
            JobOffer followed = as(CARSAT, () -> offers.getForRecruiter(inScope.getId()));
            assertEquals(En3sAnswer.VALIDATED, followed.getEn3sAnswer());
            assertNotNull(followed.getEn3sAnsweredAt());
            assertNotNull(followed.getFirstPublishedAt());

            // after the period, an in-scope offer of the period published without ever asking EN3S
            clockProducer.travelTo(ZonedDateTime.of(year, 5, 4, 10, 0, 0, 0, ClockProducer.PARIS).toInstant());
            as(CARSAT, () -> publications.publish(unvalidated.getId(), List.of("UCANSS"), false));

            List<En3sReportRow> carsatRows = as(CARSAT, () -> reports.page(year, PageRequest.of(0, 100))).items();
            Map<String, En3sReportRow> byRef = carsatRows.stream()
                    .collect(Collectors.toMap(En3sReportRow::reference, Function.identity()));
            En3sReportRow row = byRef.get(inScope.getReference());
            assertNotNull(row, "in-scope offer listed");
            assertTrue(row.launched());
            assertEquals(CARSAT, row.submittedBy());
            assertEquals(today.plusDays(7), row.dueDate());
            assertEquals(ProcessStatus.APPROVED, row.answer());
            assertEquals(EN3S, row.answeredBy());
            assertEquals("Pas de profil élève", row.comment());
            assertTrue(row.published());
            assertFalse(row.publishedWithoutValidation());
            assertFalse(byRef.containsKey(outOfScope.getReference()), "level 5 is out of scope");
            En3sReportRow flagged = byRef.get(unvalidated.getReference());
            assertFalse(flagged.launched());
            assertNull(flagged.answer());
            assertTrue(flagged.publishedWithoutValidation());
            assertTrue(carsatRows.stream().allMatch(r -> r.organisationName().equals("Carsat Alsace-Moselle")));
            assertTrue(as(CARSAT, () -> approvals.processes(ProcessStatus.APPROVED, PageRequest.of(0, 100))).items()
                    .stream().anyMatch(p -> p.offerId().equals(inScope.getId())), "the organisation's processes");
            assertTrue(as(CAF_RHONE, () -> approvals.processes(ProcessStatus.APPROVED, PageRequest.of(0, 100))).items()
                    .stream().noneMatch(p -> p.offerId().equals(inScope.getId())), "not another organisation's");
            assertEquals(ProcessStatus.REFUSED, byRef.get(refused.getReference()).answer());
            assertEquals("Poste réservé à un élève", byRef.get(refused.getReference()).comment());
            assertFalse(byRef.get(withdrawn.getReference()).launched(), "a withdrawn request does not count");

            List<En3sReportRow> oldestFirst = as(CARSAT, () -> reports.page(year,
                    new PageRequest(0, 100, En3sReportService.SORT_CREATED_AT, true))).items();
            assertEquals(carsatRows.size(), oldestFirst.size());
            assertEquals(carsatRows.get(0).offerId(), oldestFirst.get(oldestFirst.size() - 1).offerId(), "sorted by date");

            En3sReportTotals totals = as(CARSAT, () -> reports.totals(year));
            assertEquals(carsatRows.size(), totals.offers());
            assertEquals(carsatRows.stream().filter(En3sReportRow::launched).count(), totals.launched());
            assertEquals(count(carsatRows, ProcessStatus.APPROVED), totals.validated());
            assertEquals(count(carsatRows, ProcessStatus.REFUSED), totals.refused());
            assertEquals(count(carsatRows, ProcessStatus.IN_PROGRESS), totals.pending());
            assertEquals(carsatRows.stream().filter(En3sReportRow::published).count(), totals.published());
            assertEquals(carsatRows.stream().filter(En3sReportRow::publishedWithoutValidation).count(),
                    totals.publishedWithoutValidation());
            assertTrue(totals.validated() >= 1 && totals.refused() >= 1 && totals.publishedWithoutValidation() >= 1);

            assertTrue(as(CAF_RHONE, () -> reports.page(year, PageRequest.of(0, 100))).items().stream()
                    .noneMatch(r -> r.offerId().equals(inScope.getId())), "another organisation's report");
            assertEquals(as(CAF_RHONE, () -> reports.page(year, PageRequest.of(0, 1))).total(),
                    as(CAF_RHONE, () -> reports.totals(year)).offers(), "totals scoped like the rows");
            assertTrue(as(ADMIN, () -> reports.after(year, null, 500)).stream()
                    .anyMatch(r -> r.offerId().equals(inScope.getId())), "the Ucanss administrator sees every organisation");
            assertTrue(as(CARSAT, () -> reports.years()).contains(year));

            WebClient carsat = WebClient.local().login(CARSAT);
            HttpResponse<String> screen = carsat.get("/controle/en3s.xhtml?annee=" + year);
            assertEquals(200, screen.statusCode());
            assertTrue(screen.body().contains(inScope.getReference()) && screen.body().contains(unvalidated.getReference()));
            assertFalse(screen.body().contains(outOfScope.getReference()));
            assertTrue(screen.body().contains("en3s-unvalidated") && screen.body().contains("sans validation"));
            assertTrue(screen.body().contains("id=\"totalOffers\">" + totals.offers() + "<"), "totals line");
            assertTrue(screen.body().contains("id=\"menuEn3sControl\""), "menu entry");
            assertTrue(screen.body().contains("onglet=approbation"), "link to the offer's approval tab");
            assertFalse(WebClient.local().login(CAF_RHONE).get("/controle/en3s.xhtml?annee=" + year).body()
                    .contains(inScope.getReference()));
            assertEquals(403, WebClient.local().login(EN3S).get("/controle/en3s.xhtml").statusCode());
            assertTrue(WebClient.local().get("/controle/en3s.xhtml").body().contains("j_security_check"), "login first");

            HttpResponse<byte[]> xlsx = carsat.getBytes("/controle/en3s.xlsx?annee=" + year);
            assertEquals(200, xlsx.statusCode());
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    xlsx.headers().firstValue("Content-Type").orElse(""));
            assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("")
                    .contains("controle-en3s-" + year + ".xlsx"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                DataFormatter formatter = new DataFormatter();
                Row header = sheet.getRow(0);
                assertEquals("Référence", header.getCell(0).getStringCellValue());
                assertEquals("Réponse de l'EN3S", header.getCell(10).getStringCellValue());
                assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(), "frozen header");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter");
                assertEquals(totals.offers(), sheet.getLastRowNum(), "one row per offer of the report");
                List<String> refs = new ArrayList<>();
                Row inScopeRow = null;
                Row flaggedRow = null;
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    Row r = sheet.getRow(i);
                    refs.add(r.getCell(0).getStringCellValue());
                    if (r.getCell(0).getStringCellValue().equals(inScope.getReference())) {
                        inScopeRow = r;
                    }
                    if (r.getCell(0).getStringCellValue().equals(unvalidated.getReference())) {
                        flaggedRow = r;
                    }
                }
                assertEquals(carsatRows.stream().map(En3sReportRow::reference).toList(), refs, "same rows, same order");
                assertNotNull(inScopeRow);
                assertEquals("Responsable du service retraite (H/F)", inScopeRow.getCell(1).getStringCellValue());
                assertEquals("Oui", inScopeRow.getCell(6).getStringCellValue());
                assertEquals("Validé", inScopeRow.getCell(10).getStringCellValue());
                assertEquals(EN3S, inScopeRow.getCell(12).getStringCellValue());
                assertEquals("Oui", inScopeRow.getCell(14).getStringCellValue());
                assertEquals("Non", inScopeRow.getCell(16).getStringCellValue());
                Cell created = inScopeRow.getCell(4);
                assertEquals(CellType.NUMERIC, created.getCellType());
                assertTrue(DateUtil.isCellDateFormatted(created), "a real Excel date");
                assertEquals("16/02/" + year, formatter.formatCellValue(created).substring(0, 10));
                assertEquals(today.plusDays(7), inScopeRow.getCell(9).getLocalDateTimeCellValue().toLocalDate());
                assertEquals("Oui", flaggedRow.getCell(16).getStringCellValue());
                assertEquals("Non", flaggedRow.getCell(6).getStringCellValue());
            }
            HttpResponse<byte[]> cafXlsx = WebClient.local().login(CAF_RHONE).getBytes("/controle/en3s.xlsx?annee=" + year);
            assertEquals(200, cafXlsx.statusCode());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(cafXlsx.body()))) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    assertFalse(sheet.getRow(i).getCell(0).getStringCellValue().equals(inScope.getReference()));
                }
            }
            assertEquals(404, carsat.getBytes("/controle/en3s.xlsx?annee=abc").statusCode());
        } finally {
            clockProducer.reset();
        }
    }

    static long count(List<En3sReportRow> rows, ProcessStatus status) {
        return rows.stream().filter(r -> r.answer() == status).count();
    }

    static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static Optional<JsonObject> jsonPosting(JsonObject itemList, String reference) {
        return itemList.getJsonArray("itemListElement").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getJsonObject("identifier").getString("value").equals(reference)).findFirst();
    }

    static JsonObject jsonLd(String page) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "JSON-LD in the page");
        return json(m.group(1));
    }

    static Optional<Element> xmlJob(String xml, String reference) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("jobs", doc.getDocumentElement().getTagName());
        NodeList jobs = doc.getElementsByTagName("job");
        for (int i = 0; i < jobs.getLength(); i++) {
            Element job = (Element) jobs.item(i);
            if (job.getAttribute("reference").equals(reference)) {
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }

    static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
