package fr.bde.it;

import static fr.bde.it.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bde.approval.service.ApprovalService;
import fr.bde.common.ClockProducer;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.publication.service.PublicationService;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EN3S control screen in a browser, over a period this class fills in the server first (2023:
 * an offer validated by EN3S then published, one published after the period without a request):
 * menu by role, rows flagged, accessible (axe-core), period changed in place, sorted by date, export.
 * The browser half runs on the client ({@link En3sControlScreen}; Selenium is not deployed).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class En3sControlPageIT {

    static final int YEAR = 2023;
    static final String CARSAT = "recruteur.carsat44";
    static final String VALIDATED_TITLE = "Responsable du pôle pilotage (H/F)";
    static final String FLAGGED_TITLE = "Responsable du pôle qualité (H/F)";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(En3sControlPageIT.class);
    }

    @Inject
    OfferService offers;

    @Inject
    PublicationService publications;

    @Inject
    ApprovalService approvals;

    @Inject
    ClockProducer clockProducer;

    @Inject
    Clock clock;

    @Test
    @Order(1)
    void aPeriodWithAValidatedOfferAndAnOfferPublishedWithoutValidation() throws Exception {
        clockProducer.travelTo(ZonedDateTime.of(YEAR, 3, 3, 10, 0, 0, 0, ClockProducer.PARIS).toInstant());
        try {
            LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
            JobOffer validated = as(CARSAT, () -> offers.create(new OfferDraft(VALIDATED_TITLE, "CDI", "67",
                    "<p>Pilotage</p>", "GEN_8", "BAC5", null, today.plusDays(40))));
            JobOffer flagged = as(CARSAT, () -> offers.create(new OfferDraft(FLAGGED_TITLE, "CDI", "67",
                    "<p>Qualité</p>", "GEN_9", "BAC5", null, today.plusDays(90))));
            Long step = as(CARSAT, () -> approvals.start(validated.getId(), "Demande", today.plusDays(7), false))
                    .getSteps().get(0).getId();
            as("valideur.en3s", () -> approvals.answer(step, true, "Accord"));
            as(CARSAT, () -> publications.publish(validated.getId(), List.of("UCANSS"), false));
            clockProducer.travelTo(ZonedDateTime.of(YEAR, 5, 5, 10, 0, 0, 0, ClockProducer.PARIS).toInstant());
            as(CARSAT, () -> publications.publish(flagged.getId(), List.of("UCANSS"), false));
            assertEquals(YEAR, as(CARSAT, () -> offers.getForRecruiter(flagged.getId())).getEn3sYear());
        } finally {
            clockProducer.reset();
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void recruitersAndTheAdministratorUseTheScreenOthersDoNot(@ArquillianResource URL base) throws Exception {
        En3sControlScreen.check("http://" + base.getHost() + ":" + base.getPort(), YEAR, VALIDATED_TITLE, FLAGGED_TITLE);
    }
}
