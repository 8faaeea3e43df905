package fr.bde.it;

import static fr.bde.it.TestUsers.CAF_RHONE;
import static fr.bde.it.TestUsers.CPAM_PARIS;
import static fr.bde.it.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.jobapplication.service.ApplicationForm;
import fr.bde.jobapplication.service.ApplicationRejectedException;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.search.OfferSearchCriteria;
import fr.bde.offer.search.OfferSearchService;
import fr.bde.offer.search.OfferSummary;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.publication.service.PublicationService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The offer and application services on the deployed EAR, against the real database and index. */
@ExtendWith(ArquillianExtension.class)
class OfferServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(OfferServiceIT.class);
    }

    @Inject
    OfferService offers;

    @Inject
    OfferSearchService search;

    @Inject
    JobApplicationService applications;

    @Inject
    PublicationService publications;

    static final List<String> UCANSS = List.of("UCANSS");

    static OfferDraft draft(String title) {
        return new OfferDraft(title, "CDD", "75", "<p>Gestion des <b>dossiers</b> d'hôpitaux<script>alert(1)</script></p>",
                "GEN_4", "BAC2", "2 300 € brut", LocalDate.now().plusDays(30));
    }

    @Test
    void offerRoundTripFromDraftToPublicSearch() throws Exception {
        JobOffer created = as(CPAM_PARIS, () -> offers.create(draft("Gestionnaire des hospitalisations")));
        assertTrue(created.getReference().matches("NVHADD\\d{5,}"), created.getReference());
        assertEquals(OfferStatus.DRAFT, created.getStatus());
        assertEquals("<p>Gestion des <b>dossiers</b> d&#39;hôpitaux</p>", created.getDescriptionHtml(), "sanitised");
        assertEquals("11", created.getRegion().getCode(), "region derived from the département");

        assertThrows(NotFoundException.class, () -> offers.findPublished(created.getReference()), "drafts are not public");

        as(CPAM_PARIS, () -> offers.update(created.getId(), draft("Gestionnaire des hospitalisations (H/F)")));
        JobOffer published = as(CPAM_PARIS, () -> publications.publish(created.getId(), UCANSS, false));
        assertEquals(OfferStatus.PUBLISHED, published.getStatus());
        assertEquals(3, as(CPAM_PARIS, () -> offers.history(created.getId())).size(), "created, updated, published");

        JobOffer seen = offers.findPublished(created.getReference());
        assertEquals("Gestionnaire des hospitalisations (H/F)", seen.getTitle());

        // French analysis: accents and plurals match ("hôpital" finds "hôpitaux", "hospitalisation" the plural)
        List<String> found = search.search(new OfferSearchCriteria("hopital hospitalisation", "11", "CDD", null, null, null),
                PageRequest.of(0, 20)).items().stream().map(OfferSummary::reference).toList();
        assertTrue(found.contains(created.getReference()), found.toString());
        List<String> otherRegion = search.search(new OfferSearchCriteria("hospitalisations", "84", null, null, null, null),
                PageRequest.of(0, 20)).items().stream().map(OfferSummary::reference).toList();
        assertTrue(!otherRegion.contains(created.getReference()), "region filter");
    }

    @Test
    void publishingAnIncompleteOfferSaysWhatIsMissing() throws Exception {
        JobOffer created = as(CPAM_PARIS, () -> offers.create(new OfferDraft("Agent d'accueil", "CDI", "75", "<p>Accueil</p>",
                null, null, null, LocalDate.now().plusDays(10))));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> as(CPAM_PARIS, () -> publications.publish(created.getId(), UCANSS, false)));
        assertEquals("offer.publish.qualificationLevelMissing", refused.getMessageKey());
        assertEquals("qualificationLevel", refused.getField());
        assertEquals(OfferStatus.DRAFT, as(CPAM_PARIS, () -> offers.getForRecruiter(created.getId())).getStatus(),
                "nothing changed");
    }

    @Test
    void organisationACannotReadOrChangeOrganisationBsOffers() throws Exception {
        JobOffer parisOffer = as(CPAM_PARIS, () -> offers.create(draft("Offre de la CPAM de Paris")));
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> offers.getForRecruiter(parisOffer.getId())));
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> publications.publish(parisOffer.getId(), UCANSS, false)));
        assertThrows(AccessDeniedException.class,
                () -> as(CAF_RHONE, () -> offers.update(parisOffer.getId(), draft("Détournée"))));
        assertThrows(AccessDeniedException.class,
                () -> as(CAF_RHONE, () -> applications.listForOffer(parisOffer.getId(), PageRequest.of(0, 10))));
        assertTrue(as(CAF_RHONE, () -> offers.listForRecruiter(PageRequest.of(0, 100))).items().stream()
                .noneMatch(row -> row.id().equals(parisOffer.getId())), "not in B's list");
        assertThrows(EJBAccessException.class, () -> offers.listForRecruiter(PageRequest.of(0, 10)),
                "anonymous callers are refused");
    }

    @Test
    void applicationIsStoredAndOnlyItsOrganisationReadsIt() throws Exception {
        JobOffer offer = as(CPAM_PARIS, () -> publications.publish(offers.create(draft("Technicien de prestations")).getId(), UCANSS, false));
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        JobApplication application = applications.apply(offer.getReference(),
                new ApplicationForm("Léa", "Martin", "lea.martin@example.org", "Motivée"),
                new UploadedDocument("cv léa.pdf", pdf), "http://localhost:8080/offres/offre.xhtml?ref=" + offer.getReference());

        JobApplication read = as(CPAM_PARIS, () -> applications.get(application.getId()));
        assertEquals("lea.martin@example.org", read.getEmail());
        assertEquals("application/pdf", read.getCvContentType());
        assertEquals(1, as(CPAM_PARIS, () -> applications.listForOffer(offer.getId(), PageRequest.of(0, 10))).total());
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> applications.get(application.getId())));
    }

    @Test
    void badApplicationIsRefusedAndNothingIsSaved() throws Exception {
        JobOffer offer = as(CPAM_PARIS, () -> publications.publish(offers.create(draft("Conseiller retraite")).getId(), UCANSS, false));
        ApplicationRejectedException refused = assertThrows(ApplicationRejectedException.class,
                () -> applications.apply(offer.getReference(), new ApplicationForm("Léa", "", "x@", null),
                        new UploadedDocument("cv.pdf", "pas un pdf".getBytes(StandardCharsets.UTF_8)), "http://x"));
        assertEquals(List.of("lastName", "email", "cv"),
                refused.getProblems().stream().map(BusinessException::getField).toList());
        assertEquals(0, as(CPAM_PARIS, () -> applications.listForOffer(offer.getId(), PageRequest.of(0, 10))).total());
    }
}
