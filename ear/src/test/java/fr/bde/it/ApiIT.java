package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** REST (with its OpenAPI document) and SOAP endpoints, called over HTTP as partner systems do. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(root() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String root() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void listsPublishedOffersWithPagingAndFilters() throws Exception {
        HttpResponse<String> response = get("/api/v1/offers?size=5&page=1");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject page = json(response.body());
        assertTrue(page.getInt("total") >= 50, "at least the demo data's published offers");
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("page"));

        JsonArray inIdf = json(get("/api/v1/offers?region=11&size=100").body()).getJsonArray("items");
        assertTrue(!inIdf.isEmpty());
        inIdf.forEach(o -> assertEquals("11", o.asJsonObject().getString("regionCode")));

        JsonArray cdd = json(get("/api/v1/offers?contractType=CDD&size=100").body()).getJsonArray("items");
        assertTrue(!cdd.isEmpty());
        cdd.forEach(o -> assertEquals("CDD", o.asJsonObject().getString("contractTypeCode")));

        JsonArray found = json(get("/api/v1/offers?q=d%C3%A9veloppeurs").body()).getJsonArray("items");
        assertTrue(found.stream().anyMatch(o -> o.asJsonObject().getString("title").startsWith("Développeur")),
                "plural and accents match: " + found);
    }

    @Test
    void everySortOrderWorks() throws Exception {
        for (String sort : new String[] {"RELEVANCE", "NEWEST", "OLDEST", "TITLE", "CLOSING"}) {
            assertEquals(200, get("/api/v1/offers?size=50&sort=" + sort).statusCode(), sort);
        }
        JsonArray byClosing = json(get("/api/v1/offers?size=50&sort=CLOSING").body()).getJsonArray("items");
        for (int i = 1; i < byClosing.size(); i++) {
            assertTrue(byClosing.getJsonObject(i - 1).getString("closingDate")
                    .compareTo(byClosing.getJsonObject(i).getString("closingDate")) <= 0, "closing date order");
        }
        JsonArray newest = json(get("/api/v1/offers?size=50&sort=NEWEST").body()).getJsonArray("items");
        for (int i = 1; i < newest.size(); i++) {
            assertTrue(newest.getJsonObject(i - 1).getString("publishedAt")
                    .compareTo(newest.getJsonObject(i).getString("publishedAt")) >= 0, "newest first");
        }
    }

    @Test
    void oneOfferByReferenceOrAProblem() throws Exception {
        String reference = json(get("/api/v1/offers?size=1").body()).getJsonArray("items").getJsonObject(0).getString("reference");
        HttpResponse<String> found = get("/api/v1/offers/" + reference);
        assertEquals(200, found.statusCode());
        assertEquals(reference, json(found.body()).getString("reference"));
        assertTrue(!json(found.body()).containsKey("educationLevel"), "never shown on institutional channels");

        HttpResponse<String> missing = get("/api/v1/offers/NVHADD99999");
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, json(missing.body()).getInt("status"));
        assertTrue(json(missing.body()).getString("detail").contains("n'existe pas"));

        assertEquals(400, get("/api/v1/offers?size=1000").statusCode());
        assertEquals(400, get("/api/v1/offers?sort=nimportequoi").statusCode());
    }

    @Test
    void errorPagesAreFrenchWithoutStackTraces() throws Exception {
        HttpResponse<String> missing = get("/page-qui-n-existe-pas.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page introuvable") && missing.body().contains("lang=\"fr\""), missing.body());
        HttpResponse<String> unknownOffer = get("/offres/offre.xhtml?ref=NVHADD99999");
        assertEquals(404, unknownOffer.statusCode());
        assertTrue(!unknownOffer.body().contains("Exception") && !unknownOffer.body().contains("at fr.bde"));
        HttpResponse<String> forged = get("/offres/offre.xhtml?ref=%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, forged.statusCode());
        assertTrue(!forged.body().contains("alert(1)"), "input never echoed");
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/offers/{reference}"), response.body());
        assertTrue(response.body().contains("OfferPageDto"));
    }

    @Test
    void soapServiceGivesOffersAndItsWsdl() throws Exception {
        HttpResponse<String> wsdl = get("/ws/OfferService?wsdl");
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("getOffer") && wsdl.body().contains("listPublishedOffers"));

        String reference = json(get("/api/v1/offers?size=1").body()).getJsonArray("items").getJsonObject(0).getString("reference");
        HttpResponse<String> offer = soap("<o:getOffer><reference>" + reference + "</reference></o:getOffer>");
        assertEquals(200, offer.statusCode(), offer.body());
        assertTrue(offer.body().contains("<reference>" + reference + "</reference>"), offer.body());

        HttpResponse<String> unknown = soap("<o:getOffer><reference>NVHADD99999</reference></o:getOffer>");
        assertEquals(500, unknown.statusCode());
        assertTrue(unknown.body().contains("OfferNotFound"), unknown.body());

        HttpResponse<String> list = soap("<o:listPublishedOffers><since>2000-01-01T00:00:00Z</since></o:listPublishedOffers>");
        assertEquals(200, list.statusCode(), list.body());
        int total = json(get("/api/v1/offers?size=1").body()).getInt("total");
        assertEquals(Math.min(total, 1000), list.body().split("<offer>", -1).length - 1, "every published offer");
        HttpResponse<String> future = soap("<o:listPublishedOffers><since>2100-01-01T00:00:00Z</since></o:listPublishedOffers>");
        assertTrue(!future.body().contains("<offer>"), future.body());
    }

    HttpResponse<String> soap(String body) throws Exception {
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:o=\"urn:fr:bde:offers:v1\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
        return http.send(HttpRequest.newBuilder(URI.create(root() + "/ws/OfferService"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
