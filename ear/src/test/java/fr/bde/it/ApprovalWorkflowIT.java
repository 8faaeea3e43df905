package fr.bde.it;

import static fr.bde.it.TestUsers.CAF_RHONE;
import static fr.bde.it.TestUsers.CARSAT;
import static fr.bde.it.TestUsers.CGSS;
import static fr.bde.it.TestUsers.CNAF;
import static fr.bde.it.TestUsers.CNAM;
import static fr.bde.it.TestUsers.CNRSI;
import static fr.bde.it.TestUsers.CPAM_PARIS;
import static fr.bde.it.TestUsers.EN3S;
import static fr.bde.it.TestUsers.NEW_RECRUITER;
import static fr.bde.it.TestUsers.UCANSS_ADMIN;
import static fr.bde.it.TestUsers.URSSAF;
import static fr.bde.it.ServerMail.mailsTo;
import static fr.bde.it.ServerMail.text;
import static fr.bde.it.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ApprovalStep;
import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.domain.StepKind;
import fr.bde.approval.domain.StepStatus;
import fr.bde.approval.service.ApprovalRequest;
import fr.bde.approval.service.ApprovalService;
import fr.bde.approval.service.En3sReportRow;
import fr.bde.approval.service.En3sReportService;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.PageRequest;
import fr.bde.offer.domain.CareersCommitteePost;
import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.domain.Team;
import fr.bde.offer.service.EditOutcome;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferExpiry;
import fr.bde.offer.service.OfferService;
import fr.bde.offer.service.TeamService;
import fr.bde.publication.domain.ChannelDispatch;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.ChannelKind;
import fr.bde.publication.service.ChannelAdminService;
import fr.bde.publication.service.ChannelForm;
import fr.bde.publication.service.ChannelStatus;
import fr.bde.publication.service.PublicationService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every approval path on the deployed EAR, against the real database, with the e-mails received by
 * a real SMTP server (GreenMail, started inside the server for this test): EN3S validation and
 * refusal, the careers committee through national fund and Ucanss (and the CN RSI's own route),
 * the forbidden paths, versions, channels and their rules, closing and expiry.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalWorkflowIT {

    /** Inside the EN3S period. */
    static final Instant IN_PERIOD = ZonedDateTime.of(2027, 2, 15, 10, 0, 0, 0, ClockProducer.PARIS).toInstant();
    static final List<String> UCANSS = List.of("UCANSS");

    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(ApprovalWorkflowIT.class);
    }

    @Inject
    OfferService offers;
    @Inject
    ApprovalService approvals;
    @Inject
    PublicationService publications;
    @Inject
    TeamService teams;
    @Inject
    En3sReportService report;
    @Inject
    OfferExpiry expiry;
    @Inject
    ChannelAdminService channelAdmin;
    @Inject
    ClockProducer clockProducer;
    @Inject
    Clock clock;

    /** Per test, inside the server (class-level callbacks run on the client side). */
    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtpAndRestoreTime() {
        clockProducer.reset();
        smtp.stop();
    }

    OfferDraft draft(String title, String level) {
        return new OfferDraft(title, "CDI", "67", "<p>Missions du poste : " + title + "</p>", level, "BAC3", null,
                LocalDate.now(clock).plusDays(30));
    }

    OfferDraft complete(String title, String level) {
        return new OfferDraft(title, "CDI", "67", "<p>Missions du poste : " + title + "</p>", level, "BAC3",
                "3 200 € brut mensuel", LocalDate.now(clock).plusDays(30));
    }

    OfferDraft director(String title, String nationalFund) {
        return new OfferDraft(title, "CDI", "75", "<p>Direction de l'organisme</p>", "GEN_9", "BAC5", null,
                LocalDate.now(clock).plusDays(40), true, CareersCommitteePost.DIRECTOR, nationalFund);
    }

    static String refusal(Callable<?> action) {
        return assertThrows(BusinessException.class, action::call).getMessageKey();
    }

    @Test
    void en3sPeriodBlocksUntilValidatedWithRefusalAndResubmission() throws Exception {
        clockProducer.travelTo(IN_PERIOD);
        JobOffer offer = as(CARSAT, () -> offers.create(draft("Responsable du contrôle interne", "GEN_8")));
        Long id = offer.getId();
        assertEquals("publication.refused.en3s.NONE", refusal(() -> as(CARSAT, () -> publications.publish(id, UCANSS, false))));

        // the request is pre-filled with the seed's text and the offer's details
        ApprovalRequest request = as(CARSAT, () -> approvals.defaultRequest(id));
        assertEquals(ApprovalKind.EN3S_DEROGATION, request.kind());
        assertTrue(request.message().contains(offer.getReference()) && request.message().contains("Responsable du contrôle interne")
                && request.message().contains("15/02/2027") && request.message().contains("Jean Dujardin"), request.message());
        assertEquals(LocalDate.of(2027, 2, 22), request.dueDate());
        assertEquals("dueDate", assertThrows(BusinessException.class,
                () -> as(CARSAT, () -> approvals.start(id, "Merci", LocalDate.of(2027, 2, 1), true))).getField());

        ApprovalProcess process = as(CARSAT, () -> approvals.start(id, request.message() + "\nUrgent.", request.dueDate(), true));
        assertEquals(OfferStatus.PENDING_APPROVAL, as(CARSAT, () -> offers.getForRecruiter(id)).getStatus());
        assertEquals("publication.refused.pendingApproval", refusal(() -> as(CARSAT, () -> publications.publish(id, UCANSS, false))));
        assertEquals("offer.edit.pendingApproval", refusal(() -> as(CARSAT, () -> offers.update(id, draft("Autre", "GEN_8")))));
        assertEquals("approval.start.status.PENDING_APPROVAL",
                refusal(() -> as(CARSAT, () -> approvals.start(id, "encore", request.dueDate(), false))));

        // EN3S receives the request with the link to answer
        MimeMessage mail = mailsTo(smtp, "valideur@en3s.example.fr", offer.getReference(), 1).get(0);
        String body = text(mail);
        Long stepId = process.getSteps().get(0).getId();
        assertTrue(body.contains("/approbation/demande.xhtml?etape=" + stepId), body);
        assertTrue(body.contains("Urgent."), "the recruiter's own words are sent");
        assertTrue(as(EN3S, () -> approvals.inbox(true, PageRequest.of(0, 100))).items().stream()
                .anyMatch(r -> r.stepId().equals(stepId)));
        assertEquals(List.of("valideur.en3s"), as(CARSAT, () -> teams.members(id, Team.APPROVAL)).stream()
                .map(m -> m.getUser().getLogin()).toList(), "the approval team shows who answers");

        // only EN3S answers; a refusal needs a comment
        assertThrows(AccessDeniedException.class, () -> as(CNAM, () -> approvals.answer(stepId, true, null)));
        assertThrows(EJBAccessException.class, () -> as(CARSAT, () -> approvals.answer(stepId, true, null)));
        assertEquals("comment", assertThrows(BusinessException.class,
                () -> as(EN3S, () -> approvals.answer(stepId, false, " "))).getField());
        as(EN3S, () -> approvals.answer(stepId, false, "Poste réservé aux élèves sortants"));
        assertEquals(OfferStatus.REFUSED, as(CARSAT, () -> offers.getForRecruiter(id)).getStatus());
        assertEquals("publication.refused.en3s.REFUSED", refusal(() -> as(CARSAT, () -> publications.publish(id, UCANSS, false))));
        assertEquals("approval.answer.alreadyAnswered", refusal(() -> as(EN3S, () -> approvals.answer(stepId, true, null))));
        MimeMessage alert = mailsTo(smtp, "jean.dujardin@carsat-am.example.fr", offer.getReference(), 1).get(0);
        assertTrue(text(alert).contains("Poste réservé aux élèves sortants"));

        // a second request, validated this time: publication reopens
        ApprovalProcess second = as(CARSAT, () -> approvals.start(id, "Situation d'urgence", request.dueDate(), false));
        as(EN3S, () -> approvals.answer(second.getSteps().get(0).getId(), true, null));
        assertEquals(OfferStatus.APPROVED, as(CARSAT, () -> offers.getForRecruiter(id)).getStatus());
        JobOffer published = as(CARSAT, () -> publications.publish(id, UCANSS, false));
        assertEquals(OfferStatus.PUBLISHED, published.getStatus());
        assertEquals(2027, published.getEn3sYear());

        List<ApprovalProcess> processes = as(CARSAT, () -> approvals.processesOf(id));
        assertEquals(List.of(ProcessStatus.APPROVED, ProcessStatus.REFUSED), processes.stream().map(ApprovalProcess::getStatus).toList());
        assertEquals(List.of("CREATED", "APPROVAL_REQUESTED", "STEP_REFUSED", "REFUSED", "APPROVAL_REQUESTED",
                        "STEP_APPROVED", "APPROVED", "PUBLISHED"),
                as(CARSAT, () -> offers.history(id)).stream().map(e -> e.getAction().name()).toList());

        // the control report of the period lists it: launched, validated, published, with dates
        En3sReportRow row = as(UCANSS_ADMIN, () -> report.page(2027, PageRequest.of(0, 100))).items().stream()
                .filter(r -> r.offerId().equals(id)).findFirst().orElseThrow();
        assertTrue(row.launched() && row.published() && !row.publishedWithoutValidation());
        assertEquals(ProcessStatus.APPROVED, row.answer());
        assertTrue(as(CAF_RHONE, () -> report.page(2027, PageRequest.of(0, 100))).items().stream()
                .noneMatch(r -> r.offerId().equals(id)), "another organisation does not see it");
    }

    @Test
    void outsideTheScopeOrThePeriodNoApprovalIsNeeded() throws Exception {
        clockProducer.travelTo(IN_PERIOD);
        JobOffer level5 = as(CARSAT, () -> offers.create(draft("Technicien retraite", "GEN_5")));
        assertEquals(OfferStatus.PUBLISHED, as(CARSAT, () -> publications.publish(level5.getId(), UCANSS, false)).getStatus());
        assertEquals("approval.notRequired", refusal(() -> as(CARSAT, () -> approvals.defaultRequest(level5.getId()))));
        clockProducer.reset();
        // 23 November: out of the period, a level-8 offer is published at once
        JobOffer level8 = as(CARSAT, () -> offers.create(draft("Chargé de mission statistiques", "GEN_8")));
        assertEquals(OfferStatus.PUBLISHED, as(CARSAT, () -> publications.publish(level8.getId(), UCANSS, false)).getStatus());
    }

    @Test
    void careersCommitteeOfferGoesThroughNationalFundThenUcanssWhichAlonePublishes() throws Exception {
        JobOffer offer = as(CPAM_PARIS, () -> offers.create(director("Directeur de la CPAM de Paris", null)));
        Long id = offer.getId();
        assertTrue(offer.getReference().startsWith("NVADD"), "an executive reference");
        assertEquals("publication.refused.careersCommitteePublisher.UCANSS",
                refusal(() -> as(CPAM_PARIS, () -> publications.publish(id, UCANSS, false))));
        assertEquals("publication.refused.careersCommittee.NONE",
                refusal(() -> as(UCANSS_ADMIN, () -> publications.publish(id, UCANSS, false))));

        ApprovalProcess process = as(CPAM_PARIS, () -> approvals.start(id, "Merci d'approuver", LocalDate.now(clock).plusDays(10), true));
        List<ApprovalStep> steps = process.getSteps();
        assertEquals(List.of(StepKind.NATIONAL_FUND_APPROVAL, StepKind.UCANSS_REVIEW), steps.stream().map(ApprovalStep::getKind).toList());
        assertEquals("CNAM", steps.get(0).getApproverOrganisation().getCode());
        assertEquals(1, mailsTo(smtp, "marc.dubois@cnam.example.fr", offer.getReference(), 1).size());
        assertTrue(mailsTo(smtp, "anne.petit@ucanss.example.fr", offer.getReference(), 0).isEmpty(), "Ucanss waits its turn");

        // another fund, EN3S, Ucanss too early: refused
        assertThrows(AccessDeniedException.class, () -> as(CNAF, () -> approvals.answer(steps.get(0).getId(), true, null)));
        assertThrows(AccessDeniedException.class, () -> as(EN3S, () -> approvals.answer(steps.get(0).getId(), true, null)));
        assertThrows(AccessDeniedException.class, () -> as(UCANSS_ADMIN, () -> approvals.answer(steps.get(0).getId(), true, null)));
        assertEquals("approval.answer.alreadyAnswered",
                refusal(() -> as(UCANSS_ADMIN, () -> approvals.answer(steps.get(1).getId(), true, null))));

        as(CNAM, () -> approvals.answer(steps.get(0).getId(), true, "Profil conforme"));
        assertEquals(1, mailsTo(smtp, "anne.petit@ucanss.example.fr", offer.getReference(), 1).size(), "now Ucanss reviews");
        assertEquals("publication.refused.pendingApproval",
                refusal(() -> as(UCANSS_ADMIN, () -> publications.publish(id, UCANSS, false))));
        as(UCANSS_ADMIN, () -> approvals.answer(steps.get(1).getId(), true, null));
        assertEquals(OfferStatus.APPROVED, as(CPAM_PARIS, () -> offers.getForRecruiter(id)).getStatus());
        assertEquals("publication.refused.careersCommitteePublisher.UCANSS",
                refusal(() -> as(CPAM_PARIS, () -> publications.publish(id, UCANSS, false))), "still only Ucanss");
        assertEquals(OfferStatus.PUBLISHED, as(UCANSS_ADMIN, () -> publications.publish(id, UCANSS, false)).getStatus());
        assertEquals(2, mailsTo(smtp, "claire.martin@cpam-paris.example.fr", offer.getReference(), 2).size(),
                "the recruiter was alerted of both answers");
    }

    @Test
    void careersCommitteeRefusalByTheNationalFundEndsTheProcess() throws Exception {
        JobOffer offer = as(CPAM_PARIS, () -> offers.create(director("Agent comptable", null)));
        ApprovalProcess process = as(CPAM_PARIS, () -> approvals.start(offer.getId(), "Merci", LocalDate.now(clock).plusDays(5), false));
        as(CNAM, () -> approvals.answer(process.getSteps().get(0).getId(), false, "Fiche de poste incomplète"));
        List<ApprovalProcess> processes = as(CPAM_PARIS, () -> approvals.processesOf(offer.getId()));
        assertEquals(ProcessStatus.REFUSED, processes.get(0).getStatus());
        assertEquals(StepStatus.CANCELLED, processes.get(0).getSteps().get(1).getStatus(), "Ucanss is not asked");
        assertEquals(OfferStatus.REFUSED, as(CPAM_PARIS, () -> offers.getForRecruiter(offer.getId())).getStatus());
        assertEquals("publication.refused.careersCommitteePublisher.UCANSS",
                refusal(() -> as(CPAM_PARIS, () -> publications.publish(offer.getId(), UCANSS, false))));
        assertEquals("publication.refused.careersCommittee.REFUSED",
                refusal(() -> as(UCANSS_ADMIN, () -> publications.publish(offer.getId(), UCANSS, false))));
    }

    @Test
    void cnRsiHasItsOffersCheckedByUcanssAndPublishesThemItself() throws Exception {
        JobOffer offer = as(CNRSI, () -> offers.create(director("Directeur de caisse RSI", null)));
        ApprovalProcess process = as(CNRSI, () -> approvals.start(offer.getId(), "Vérification", LocalDate.now(clock).plusDays(5), false));
        assertEquals(List.of(StepKind.UCANSS_REVIEW), process.getSteps().stream().map(ApprovalStep::getKind).toList());
        as(UCANSS_ADMIN, () -> approvals.answer(process.getSteps().get(0).getId(), true, null));
        assertEquals("publication.refused.careersCommitteePublisher.CNRSI",
                refusal(() -> as(UCANSS_ADMIN, () -> publications.publish(offer.getId(), UCANSS, false))));
        assertEquals(OfferStatus.PUBLISHED, as(CNRSI, () -> publications.publish(offer.getId(), UCANSS, false)).getStatus());
    }

    @Test
    void organisationsWithoutARouteCannotEnterCareersCommitteeOffersAndMultibranchNameTheirFund() throws Exception {
        BusinessException urssaf = assertThrows(BusinessException.class,
                () -> as(URSSAF, () -> offers.create(director("Directeur", null))));
        assertEquals("offer.careersCommitteePost.noRoute", urssaf.getMessageKey());
        assertEquals("nationalFund", assertThrows(BusinessException.class,
                () -> as(CGSS, () -> offers.create(director("Directeur de CGSS", null)))).getField());
        JobOffer cgss = as(CGSS, () -> offers.create(director("Directeur de la CGSS", "CNAF")));
        ApprovalProcess process = as(CGSS, () -> approvals.start(cgss.getId(), "Merci", LocalDate.now(clock).plusDays(5), false));
        assertEquals("CNAF", process.getSteps().get(0).getApproverOrganisation().getCode());
    }

    @Test
    void editingAnApprovedOfferMakesANewVersionAndSaysWhetherItNeedsApprovingAgain() throws Exception {
        clockProducer.travelTo(IN_PERIOD);
        JobOffer offer = as(CARSAT, () -> offers.create(draft("Auditeur interne", "GEN_7")));
        Long id = offer.getId();
        ApprovalProcess process = as(CARSAT, () -> approvals.start(id, "Merci", LocalDate.now(clock).plusDays(5), false));
        as(EN3S, () -> approvals.answer(process.getSteps().get(0).getId(), true, null));

        EditOutcome salary = as(CARSAT, () -> offers.update(id, complete("Auditeur interne", "GEN_7")));
        assertTrue(salary.newVersion());
        assertFalse(salary.reapprovalRequired(), "a salary is a publication detail");
        assertEquals(2, salary.offer().getContentVersion());
        assertEquals(OfferStatus.APPROVED, salary.offer().getStatus());

        EditOutcome title = as(CARSAT, () -> offers.update(id, complete("Auditeur interne senior", "GEN_7")));
        assertTrue(title.newVersion() && title.reapprovalRequired());
        assertEquals(OfferStatus.DRAFT, title.offer().getStatus());
        assertEquals("publication.refused.en3s.NONE", refusal(() -> as(CARSAT, () -> publications.publish(id, UCANSS, false))));
        assertEquals(List.of(2, 1), as(CARSAT, () -> offers.versions(id)).stream().map(v -> v.getNumber()).toList());

        ApprovalProcess again = as(CARSAT, () -> approvals.start(id, "Nouvelle version", LocalDate.now(clock).plusDays(5), false));
        assertEquals(3, again.getOfferVersion());
        as(EN3S, () -> approvals.answer(again.getSteps().get(0).getId(), true, null));
        as(CARSAT, () -> publications.publish(id, UCANSS, false));
        assertEquals("offer.edit.publishedNeedsReapproval",
                refusal(() -> as(CARSAT, () -> offers.update(id, complete("Auditeur en chef", "GEN_7")))));
    }

    @Test
    void channelsFollowTheirFieldRulesUcanssFirstAndTheNewAccountDelay() throws Exception {
        JobOffer noSalary = as(CPAM_PARIS, () -> offers.create(draft("Gestionnaire de paie", "GEN_4")));
        Long id = noSalary.getId();
        assertEquals("publication.ucanssFirst", refusal(() -> as(CPAM_PARIS, () -> publications.publish(id, List.of("APEC"), false))));
        BusinessException apec = assertThrows(BusinessException.class,
                () -> as(CPAM_PARIS, () -> publications.publish(id, List.of("UCANSS", "APEC"), false)));
        assertEquals("publication.missing.salary", apec.getMessageKey());
        assertEquals("salary", apec.getField());
        assertEquals(OfferStatus.DRAFT, as(CPAM_PARIS, () -> offers.getForRecruiter(id)).getStatus(), "nothing published");
        ChannelStatus apecStatus = as(CPAM_PARIS, () -> publications.channels(id)).stream()
                .filter(c -> c.channel().getCode().equals("APEC")).findFirst().orElseThrow();
        assertEquals(List.of("salary"), apecStatus.missingFields());
        ChannelStatus ucanssStatus = as(CPAM_PARIS, () -> publications.channels(id)).get(0);
        assertEquals("UCANSS", ucanssStatus.channel().getCode(), "ucanss.fr comes first");
        assertTrue(ucanssStatus.missingFields().isEmpty(), "institutional sites need neither salary nor education level");

        JobOffer complete = as(CPAM_PARIS, () -> offers.create(complete("Contrôleur de gestion", "GEN_6")));
        as(CPAM_PARIS, () -> publications.publish(complete.getId(), List.of("UCANSS", "APEC", "CAP_EMPLOI"), true));
        assertEquals(3, as(CPAM_PARIS, () -> publications.publications(complete.getId())).stream().filter(p -> p.isLive()).count());
        // withdrawing from ucanss.fr withdraws everywhere; the offer is a draft again
        JobOffer withdrawn = as(CPAM_PARIS, () -> publications.withdraw(complete.getId(), "UCANSS"));
        assertEquals(OfferStatus.DRAFT, withdrawn.getStatus());
        List<ChannelDispatch> dispatches = as(CPAM_PARIS, () -> publications.dispatches(complete.getId()));
        assertEquals(3, dispatches.stream().filter(d -> d.getAction() == ChannelDispatch.Action.WITHDRAW).count());
        assertTrue(dispatches.stream().filter(d -> d.getChannel().getCode().equals("APEC")
                && d.getAction() == ChannelDispatch.Action.PUBLISH).findFirst().orElseThrow().getPayload()
                .contains("<salary>3 200 € brut mensuel</salary>"), "what was sent to Apec is kept");

        // a new account waits 72 hours for non-institutional sites, not for ucanss.fr
        JobOffer fresh = as(NEW_RECRUITER, () -> offers.create(complete("Technicien informatique", "GEN_4")));
        ChannelStatus freshApec = as(NEW_RECRUITER, () -> publications.channels(fresh.getId())).stream()
                .filter(c -> c.channel().getCode().equals("APEC")).findFirst().orElseThrow();
        assertTrue(freshApec.availableFrom() != null && freshApec.availableFrom().isAfter(clock.instant()));
        assertEquals("publication.newAccount",
                refusal(() -> as(NEW_RECRUITER, () -> publications.publish(fresh.getId(), List.of("UCANSS", "APEC"), false))));
        assertEquals(OfferStatus.PUBLISHED,
                as(NEW_RECRUITER, () -> publications.publish(fresh.getId(), UCANSS, false)).getStatus());
    }

    @Test
    void closingAndExpiryWithdrawEverywhereAndOtherOrganisationsCannotAct() throws Exception {
        JobOffer offer = as(CPAM_PARIS, () -> offers.create(complete("Assistant social", "GEN_5")));
        Long id = offer.getId();
        as(CPAM_PARIS, () -> publications.publish(id, List.of("UCANSS", "APEC"), false));
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> offers.close(id, CloseReason.FILLED)));
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> publications.withdraw(id, "UCANSS")));
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> approvals.processesOf(id)));
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> teams.members(id, Team.OPERATIONAL)));
        JobOffer closed = as(CPAM_PARIS, () -> offers.close(id, CloseReason.FILLED));
        assertEquals(OfferStatus.CLOSED, closed.getStatus());
        assertTrue(as(CPAM_PARIS, () -> publications.publications(id)).stream().noneMatch(p -> p.isLive()));
        assertEquals("publication.refused.closed", refusal(() -> as(CPAM_PARIS, () -> publications.publish(id, UCANSS, false))));

        // closing tomorrow; two days later only it (and no demo offer) is past its date
        JobOffer expiring = as(CPAM_PARIS, () -> offers.create(new OfferDraft("Chargé d'accueil", "CDD", "75",
                "<p>Accueil</p>", "GEN_3", null, null, LocalDate.now(clock).plusDays(1))));
        as(CPAM_PARIS, () -> publications.publish(expiring.getId(), UCANSS, false));
        clockProducer.travelTo(clock.instant().plusSeconds(2L * 24 * 3600));
        assertTrue(expiry.expireDue() >= 1);
        JobOffer expired = as(CPAM_PARIS, () -> offers.getForRecruiter(expiring.getId()));
        assertEquals(OfferStatus.CLOSED, expired.getStatus());
        assertEquals(CloseReason.EXPIRED, expired.getClosedReason());
    }

    @Test
    void teamsAreEditedWithinTheirRules() throws Exception {
        JobOffer offer = as(CPAM_PARIS, () -> offers.create(draft("Juriste", "GEN_6")));
        Long id = offer.getId();
        assertEquals(List.of("recruteur.cpam75"), as(CPAM_PARIS, () -> teams.members(id, Team.OPERATIONAL)).stream()
                .map(m -> m.getUser().getLogin()).toList(), "the creator is on the operational team");
        var en3s = as(CPAM_PARIS, () -> teams.candidates(id, Team.APPROVAL, "en3s"));
        assertEquals(List.of("valideur.en3s"), en3s.stream().map(u -> u.getLogin()).toList());
        assertTrue(as(CPAM_PARIS, () -> teams.candidates(id, Team.OPERATIONAL, "")).stream()
                .allMatch(u -> u.getOrganisation().getCode().equals("CPAM-75")), "only recruiters of the organisation");
        var member = as(CPAM_PARIS, () -> teams.add(id, Team.APPROVAL, en3s.get(0).getId()));
        assertEquals("team.user.already", refusal(() -> as(CPAM_PARIS, () -> teams.add(id, Team.APPROVAL, en3s.get(0).getId()))));
        Long cafRecruiter = as(CAF_RHONE, () -> teams.candidates(as(CAF_RHONE, () -> offers.create(draft("x", "GEN_2"))).getId(),
                Team.OPERATIONAL, "julien")).get(0).getId();
        assertEquals("team.user.notEligible.OPERATIONAL", refusal(() -> as(CPAM_PARIS, () -> teams.add(id, Team.OPERATIONAL, cafRecruiter))));
        as(CPAM_PARIS, () -> {
            teams.remove(id, member.getId());
            return null;
        });
        assertEquals("team.operational.lastMember", refusal(() -> as(CPAM_PARIS, () -> {
            teams.remove(id, teams.members(id, Team.OPERATIONAL).get(0).getId());
            return null;
        })));
    }

    @Test
    void theUcanssAdministratorKeepsTheChannelList() throws Exception {
        ChannelForm handi = new ChannelForm("handi_test", "Handi Test", "https://www.handi-test.example.fr",
                ChannelKind.DIVERSITY, Channel.FeedFormat.XML, 30, true);
        assertThrows(EJBAccessException.class, () -> as(CPAM_PARIS, () -> channelAdmin.save(handi, true)));
        as(UCANSS_ADMIN, () -> channelAdmin.save(handi, true));
        assertEquals("code", assertThrows(BusinessException.class, () -> as(UCANSS_ADMIN, () -> channelAdmin.save(handi, true)))
                .getField(), "codes are unique");
        assertEquals("channel.ucanss.fixed", refusal(() -> as(UCANSS_ADMIN, () -> channelAdmin.save(
                new ChannelForm("UCANSS", "ucanss.fr", "https://www.ucanss.fr", ChannelKind.INSTITUTIONAL,
                        Channel.FeedFormat.JSON, 1, false), false))));
        assertEquals("siteUrl", assertThrows(BusinessException.class, () -> as(UCANSS_ADMIN, () -> channelAdmin.save(
                new ChannelForm("HANDI_TEST", "Handi Test", "javascript:alert(1)", ChannelKind.DIVERSITY,
                        Channel.FeedFormat.XML, 30, true), false))).getField());

        JobOffer offer = as(CPAM_PARIS, () -> offers.create(complete("Chargé de mission handicap", "GEN_6")));
        assertTrue(as(CPAM_PARIS, () -> publications.channels(offer.getId())).stream()
                .anyMatch(c -> c.channel().getCode().equals("HANDI_TEST")), "offered to recruiters at once");
        as(CPAM_PARIS, () -> publications.publish(offer.getId(), List.of("UCANSS", "HANDI_TEST"), false));
        as(UCANSS_ADMIN, () -> channelAdmin.save(new ChannelForm("HANDI_TEST", "Handi Test",
                "https://www.handi-test.example.fr", ChannelKind.DIVERSITY, Channel.FeedFormat.XML, 30, false), false));
        assertTrue(as(CPAM_PARIS, () -> publications.publications(offer.getId())).stream()
                .filter(p -> p.getChannel().getCode().equals("HANDI_TEST")).noneMatch(p -> p.isLive()),
                "switching a channel off withdraws its offers");
        assertTrue(as(CPAM_PARIS, () -> publications.channels(offer.getId())).stream()
                .noneMatch(c -> c.channel().getCode().equals("HANDI_TEST")));
    }
}
