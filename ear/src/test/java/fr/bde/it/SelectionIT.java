package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.jobapplication.service.ApplicationForm;
import fr.bde.jobapplication.service.ApplicationRow;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.offer.domain.CloseReason;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.offer.domain.Team;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import fr.bde.offer.service.TeamService;
import fr.bde.publication.service.PublicationService;
import fr.bde.security.service.UserDirectory;
import fr.bde.selection.domain.ApplicationEvent;
import fr.bde.selection.domain.CriterionRating;
import fr.bde.selection.domain.HistoryAction;
import fr.bde.selection.domain.Interview;
import fr.bde.selection.domain.InterviewSlot;
import fr.bde.selection.domain.MessageDraft;
import fr.bde.selection.domain.MessageTemplate;
import fr.bde.selection.domain.SelectionStep;
import fr.bde.selection.domain.StepReport;
import fr.bde.selection.service.ApplicationFilter;
import fr.bde.selection.service.ApplicationFilter.StepFilter;
import fr.bde.selection.service.SelectionService;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "Sélection / Embauche" tab in the container: filters, steps in any order, bulk actions, messages,
 * interviews whose mails carry an iCalendar (parsed by ical4j) through reschedule and cancel, reports,
 * hiring that closes a filled offer with the closing message, and the scope (restricted hiring team,
 * another organisation refused).
 */
@ExtendWith(ArquillianExtension.class)
class SelectionIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ServerMail.earWith(SelectionIT.class, TestData.class);
        WebArchive war = ear.getAsType(WebArchive.class, Deployments.WEB_MODULE);
        // ical4j and what it needs, to read the invitations GreenMail receives in the server
        for (Class<?> c : List.of(CalendarBuilder.class, org.apache.commons.lang3.StringUtils.class,
                org.threeten.extra.Interval.class, org.apache.commons.codec.DecoderException.class)) {
            war.addAsLibraries(new java.io.File(c.getProtectionDomain().getCodeSource().getLocation().getPath()));
        }
        return ear;
    }

    @Inject
    fr.bde.screening.service.ScreeningService screening;
    @Inject
    SelectionService selection;
    @Inject
    JobApplicationService applications;
    @Inject
    OfferService offers;
    @Inject
    PublicationService publications;
    @Inject
    TeamService teams;
    @Inject
    UserDirectory users;
    @Inject
    Clock clock;
    @Inject
    fr.bde.privacy.service.AccountEraser eraser;
    @Inject
    TestData data;
    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    JobOffer published(String title) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, () -> publications.publish(offers.create(new OfferDraft(title, "CDI",
                "75", "<p>Missions : " + title + "</p>", "GEN_4", "BAC2", null, LocalDate.now(clock).plusDays(30)))
                .getId(), List.of("UCANSS"), false));
    }

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
    }

    JobApplication apply(JobOffer offer, String first, String last) {
        String ascii = java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return applications.apply(offer.getReference(), new ApplicationForm(first, last, email(ascii.toLowerCase()), null),
                new UploadedDocument("cv.pdf", PDF), "http://localhost/offre");
    }

    static <T> T asCpam(java.util.concurrent.Callable<T> action) throws Exception {
        return TestUsers.as(TestUsers.CPAM_PARIS, action);
    }

    List<Long> ids(Long offerId, ApplicationFilter filter) throws Exception {
        return asCpam(() -> selection.list(offerId, filter, PageRequest.of(0, 50))).items().stream()
                .map(ApplicationRow::id).toList();
    }

    @Test
    void stepsInAnyOrderBulkActionsFiltersAndHistory() throws Exception {
        JobOffer offer = published("Gestionnaire prestations");
        JobApplication anne = apply(offer, "Anne", "Bernardin");
        JobApplication bruno = apply(offer, "Bruno", "Chevalier");
        JobApplication chloe = apply(offer, "Chloé", "Durand");
        Long id = offer.getId();

        assertEquals(3, ids(id, ApplicationFilter.none()).size());
        assertEquals(3, asCpam(() -> applications.listForOffer(id, PageRequest.of(0, 2))).total(), "old callers still work");
        assertEquals(2, asCpam(() -> selection.moveTo(id, List.of(anne.getId(), bruno.getId()),
                SelectionStep.PRESELECTION, null)));
        assertEquals(List.of(anne.getId(), bruno.getId()).stream().sorted().toList(),
                ids(id, new ApplicationFilter().step(StepFilter.PRESELECTION)).stream().sorted().toList());
        assertEquals(List.of(chloe.getId()), ids(id, new ApplicationFilter().step(StepFilter.RECEIVED)));
        assertEquals(List.of(anne.getId()), ids(id, new ApplicationFilter().keyword("BERNAR")));
        assertEquals(List.of(chloe.getId()), ids(id, new ApplicationFilter().keyword("chloé durand")));
        assertEquals(List.of(), ids(id, new ApplicationFilter().keyword("%")), "LIKE wildcards are plain text");
        LocalDate today = LocalDate.now(clock);
        assertEquals(3, ids(id, new ApplicationFilter().submittedBetween(today, today)).size());
        assertEquals(0, ids(id, new ApplicationFilter().submittedBetween(today.plusDays(1), null)).size());

        // bulk rejection with the default template, filled in per candidate
        MessageDraft rejection = asCpam(() -> selection.defaultMessage(MessageTemplate.REJECTION));
        assertTrue(rejection.body().contains("{prenom}"), "the recruiter edits the template, placeholders included");
        asCpam(() -> selection.moveTo(id, List.of(bruno.getId()), SelectionStep.REJECTION,
                new MessageDraft(rejection.subject(), rejection.body() + "\n\nP.S. Merci {prenom}.")));
        MimeMessage rejected = ServerMail.mailsTo(smtp, bruno.getEmail(),
                "Votre candidature à l’offre " + offer.getReference(), 1).get(0);
        String text = ServerMail.text(rejected);
        assertTrue(text.startsWith("Bonjour Bruno Chevalier,"), text);
        assertTrue(text.contains("P.S. Merci Bruno."), text);
        assertTrue(ServerMail.html(rejected).contains("Gestionnaire prestations"));
        assertEquals(List.of(bruno.getId()), ids(id, new ApplicationFilter().status(ApplicationStatus.REJECTED)));

        // a rejected application takes no further step; the whole bulk action is refused
        // (with a message: Anne's copy, queued before Bruno's refusal, goes with the rolled-back transaction)
        BusinessException refused = assertThrows(BusinessException.class, () -> asCpam(() -> selection.moveTo(id,
                List.of(anne.getId(), bruno.getId()), SelectionStep.INTERVIEW,
                new MessageDraft("Convocation annulée d'office", "Bonjour {prenom}."))));
        assertEquals("selection.step.refused.closed", refused.getMessageKey());
        assertEquals(SelectionStep.PRESELECTION, asCpam(() -> applications.get(anne.getId())).getStep(), "all or nothing");
        assertEquals(0L, data.count("select count(*) from outbox_message where subject = ?",
                "Convocation annul\u00e9e d'office"), "no mail outlives the refused change");
        assertTrue(ServerMail.mailsTo(smtp, anne.getEmail(), "Convocation annul", 1, 1_500).isEmpty());

        // grouped message, then the history says who, when, what and the message sent
        asCpam(() -> selection.sendMessage(id, List.of(anne.getId(), chloe.getId()),
                new MessageDraft("Pièces complémentaires – {reference}", "Bonjour {prenom}, merci d’envoyer votre diplôme.")));
        assertEquals(1, ServerMail.mailsTo(smtp, chloe.getEmail(), "Pièces complémentaires", 1).size());
        assertEquals(1, ServerMail.mailsTo(smtp, anne.getEmail(), "Pièces complémentaires", 1).size());
        List<ApplicationEvent> history = asCpam(() -> selection.history(anne.getId()));
        assertEquals(List.of(HistoryAction.STEP, HistoryAction.MESSAGE), history.stream().map(ApplicationEvent::getAction).toList());
        assertEquals("PRESELECTION", history.get(0).getDetail());
        assertEquals(TestUsers.CPAM_PARIS, history.get(1).getActor());
        assertNotNull(history.get(1).getOccurredAt());
        assertEquals("Pièces complémentaires – " + offer.getReference(), history.get(1).getMessageSubject());
        assertEquals("Bonjour Anne, merci d’envoyer votre diplôme.", history.get(1).getMessageBody());
        ApplicationEvent brunoStep = asCpam(() -> selection.history(bruno.getId())).get(1);
        assertEquals("REJECTION", brunoStep.getDetail());
        assertTrue(brunoStep.getMessageBody().contains("P.S. Merci Bruno."));

        BusinessException empty = assertThrows(BusinessException.class, () -> asCpam(() -> selection.sendMessage(id,
                List.of(anne.getId()), new MessageDraft(" ", ""))));
        assertEquals("subject", empty.getField());
        assertEquals("selection.bulk.none", assertThrows(BusinessException.class, () -> asCpam(() ->
                selection.moveTo(id, List.of(), SelectionStep.PRESELECTION, null))).getMessageKey());
    }

    @Test
    void interviewInvitationRescheduleAndCancelCarryOneCalendarEvent() throws Exception {
        JobOffer offer = published("Conseiller service à l'usager");
        JobApplication lea = apply(offer, "Léa", "Petit");
        InterviewSlot slot = new InterviewSlot(clock.instant().plus(Duration.ofDays(7)), 45, "21 rue Georges Auric, Paris",
                null, "Claire Martin, Paul Roy");
        MessageDraft invitation = asCpam(() -> selection.defaultMessage(MessageTemplate.INTERVIEW));
        BusinessException nowhere = assertThrows(BusinessException.class, () -> asCpam(() -> selection.scheduleInterview(
                lea.getId(), new InterviewSlot(slot.startsAt(), 45, " ", null, null), invitation)));
        assertEquals("place", nowhere.getField());
        Interview interview = asCpam(() -> selection.scheduleInterview(lea.getId(), slot, invitation));

        VEvent invited = calendarOf(ServerMail.mailsTo(smtp, lea.getEmail(), "Invitation à un entretien", 1).get(0), "REQUEST");
        String uid = invited.getProperty(Property.UID).orElseThrow().getValue();
        assertEquals(interview.getUid(), uid);
        assertEquals("0", invited.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("mailto:" + lea.getEmail(), invited.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals("21 rue Georges Auric, Paris", invited.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals(SelectionStep.INTERVIEW, asCpam(() -> applications.get(lea.getId())).getStep());

        InterviewSlot later = new InterviewSlot(slot.startsAt().plus(Duration.ofDays(1)), 60, null,
                "https://visio.example.fr/entretien-lea", "Claire Martin");
        asCpam(() -> selection.rescheduleInterview(interview.getId(), later,
                selection.defaultMessage(MessageTemplate.RESCHEDULE)));
        VEvent moved = calendarOf(ServerMail.mailsTo(smtp, lea.getEmail(), "Entretien déplacé", 1).get(0), "REQUEST");
        assertEquals(uid, moved.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("1", moved.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("https://visio.example.fr/entretien-lea", moved.getProperty(Property.LOCATION).orElseThrow().getValue());

        asCpam(() -> selection.cancelInterview(interview.getId(), selection.defaultMessage(MessageTemplate.CANCELLATION)));
        VEvent cancelled = calendarOf(ServerMail.mailsTo(smtp, lea.getEmail(), "Entretien annulé", 1).get(0), "CANCEL");
        assertEquals(uid, cancelled.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("2", cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("selection.interview.cancelled", assertThrows(BusinessException.class, () -> asCpam(() ->
                selection.cancelInterview(interview.getId(), invitation))).getMessageKey());

        // a second interview, then its report: rated criteria and free text
        Interview second = asCpam(() -> selection.scheduleInterview(lea.getId(), later, invitation));
        StepReport report = asCpam(() -> selection.recordReport(lea.getId(), second.getId(), null,
                List.of(new CriterionRating("Motivation", 5), new CriterionRating("Connaissances techniques", 4)),
                "Très bon entretien."));
        List<StepReport> reports = asCpam(() -> selection.reports(lea.getId()));
        assertEquals(1, reports.size());
        assertEquals(SelectionStep.INTERVIEW, reports.get(0).getStep());
        assertEquals(4.5, report.average());
        assertEquals(List.of("Motivation", "Connaissances techniques"),
                reports.get(0).getRatings().stream().map(CriterionRating::getCriterion).toList());
        assertEquals(List.of(HistoryAction.INTERVIEW_SCHEDULED, HistoryAction.INTERVIEW_RESCHEDULED,
                        HistoryAction.INTERVIEW_CANCELLED, HistoryAction.INTERVIEW_SCHEDULED, HistoryAction.REPORT),
                asCpam(() -> selection.history(lea.getId())).stream().map(ApplicationEvent::getAction).toList());
        assertEquals("selection.report.empty", assertThrows(BusinessException.class, () -> asCpam(() ->
                selection.recordReport(lea.getId(), null, SelectionStep.PRESELECTION, List.of(), " "))).getMessageKey());
    }

    static VEvent calendarOf(MimeMessage mail, String method) throws Exception {
        Part part = find(mail, "text/calendar");
        assertNotNull(part, "an iCalendar attachment");
        assertTrue(part.getContentType().toLowerCase().contains("method=" + method.toLowerCase()), part.getContentType());
        String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(method, calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    static Part find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void closingByHandAsFilledTellsTheApplicantsStillInTheRunningButNotWhenCancelled() throws Exception {
        JobOffer filled = published("Gestionnaire de paie");
        JobApplication open = apply(filled, "Lucie", "Perrin");
        JobApplication refused = apply(filled, "Marc", "Girard");
        asCpam(() -> selection.moveTo(filled.getId(), List.of(refused.getId()), SelectionStep.REJECTION, null));
        assertEquals(1, asCpam(() -> selection.close(filled.getId(), CloseReason.FILLED)));
        assertEquals(OfferStatus.CLOSED, asCpam(() -> offers.getForRecruiter(filled.getId())).getStatus());
        assertTrue(ServerMail.text(ServerMail.mailsTo(smtp, open.getEmail(), "est pourvue", 1).get(0))
                .startsWith("Bonjour Lucie Perrin,"));
        assertEquals(HistoryAction.CLOSING_MESSAGE, asCpam(() -> selection.history(open.getId())).get(0).getAction());
        assertEquals("offer.edit.closed", assertThrows(BusinessException.class,
                () -> asCpam(() -> selection.close(filled.getId(), CloseReason.FILLED))).getMessageKey());

        JobOffer cancelled = published("Assistant de direction");
        JobApplication applicant = apply(cancelled, "Paul", "Roux");
        assertEquals(0, asCpam(() -> selection.close(cancelled.getId(), CloseReason.CANCELLED)));
        assertTrue(asCpam(() -> selection.history(applicant.getId())).stream()
                .noneMatch(e -> e.getAction() == HistoryAction.CLOSING_MESSAGE), "the post is not filled: no such message");
        // another organisation cannot close it
        JobOffer other = published("Technicien conseil");
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE,
                () -> selection.close(other.getId(), CloseReason.FILLED)));
    }

    @Test
    void hiringAllPostsClosesTheOfferAndTellsTheOthers() throws Exception {
        JobOffer offer = published("Technicien retraite");
        Long id = offer.getId();
        JobApplication first = apply(offer, "Inès", "Moreau");
        JobApplication second = apply(offer, "Hugo", "Lefèvre");
        JobApplication waiting = apply(offer, "Zoé", "Garnier");
        JobApplication rejected = apply(offer, "Yves", "Renard");
        asCpam(() -> selection.moveTo(id, List.of(rejected.getId()), SelectionStep.REJECTION, null));
        asCpam(() -> {
            selection.configure(id, 2, false);
            return null;
        });

        asCpam(() -> {
            selection.hire(first.getId(), selection.defaultMessage(MessageTemplate.HIRING));
            return null;
        });
        assertEquals(OfferStatus.PUBLISHED, asCpam(() -> offers.getForRecruiter(id)).getStatus(), "one post of two filled");
        assertEquals(1, ServerMail.mailsTo(smtp, first.getEmail(), "est retenue", 1).size());

        asCpam(() -> {
            selection.hire(second.getId(), null);
            return null;
        });
        JobOffer closed = asCpam(() -> offers.getForRecruiter(id));
        assertEquals(OfferStatus.CLOSED, closed.getStatus());
        assertEquals(CloseReason.FILLED, closed.getClosedReason());
        assertEquals(2, asCpam(() -> selection.settings(id)).hired());
        String closing = ServerMail.text(ServerMail.mailsTo(smtp, waiting.getEmail(), "est pourvue", 1).get(0));
        assertTrue(closing.startsWith("Bonjour Zoé Garnier,"), closing);
        assertEquals(HistoryAction.CLOSING_MESSAGE, asCpam(() -> selection.history(waiting.getId())).get(0).getAction());
        Thread.sleep(1500);
        assertEquals(0, ServerMail.mailsTo(smtp, rejected.getEmail(), "est pourvue", 0, 0).size(), "already told");
        assertEquals(0, ServerMail.mailsTo(smtp, second.getEmail(), "est pourvue", 0, 0).size(), "hired, not told");
        assertEquals("selection.hire.offerClosed", assertThrows(BusinessException.class, () -> asCpam(() -> {
            selection.hire(waiting.getId(), null);
            return null;
        })).getMessageKey());

        // retention: once anonymised, the messages as sent and the reports go; the hired candidate's stay
        asCpam(() -> selection.recordReport(waiting.getId(), null, SelectionStep.PRESELECTION, List.of(), "Profil junior."));
        transaction.begin();
        eraser.anonymiseApplicationsOfOffersClosedBefore(clock.instant().plusSeconds(60), clock.instant());
        transaction.commit();
        assertEquals(null, asCpam(() -> selection.history(waiting.getId())).get(0).getMessageBody());
        assertEquals(List.of(), asCpam(() -> selection.reports(waiting.getId())));
        assertNotNull(asCpam(() -> selection.history(first.getId())).get(0).getMessageBody(), "hired: kept");
    }

    @Test
    void anotherOrganisationAndOutsidersOfARestrictedTeamAreRefused() throws Exception {
        JobOffer offer = published("Chargé de recrutement");
        Long id = offer.getId();
        JobApplication application = apply(offer, "Marc", "Petitjean");
        Long appId = application.getId();

        for (String login : List.of(TestUsers.CAF_RHONE)) {
            assertThrows(AccessDeniedException.class, () -> TestUsers.as(login, () -> selection.list(id, null, PageRequest.of(0, 5))));
            assertThrows(AccessDeniedException.class, () -> TestUsers.as(login, () -> applications.get(appId)));
            assertThrows(AccessDeniedException.class, () -> TestUsers.as(login, () -> selection.history(appId)));
            assertThrows(AccessDeniedException.class, () -> TestUsers.as(login, () -> selection.moveTo(id, List.of(appId),
                    SelectionStep.REJECTION, null)));
            assertThrows(AccessDeniedException.class, () -> TestUsers.as(login, () -> selection.sendMessage(id, List.of(appId),
                    new MessageDraft("s", "b"))));
        }
        // an application of another offer cannot ride on this offer's id
        JobOffer cafOffer = TestUsers.as(TestUsers.CAF_RHONE, () -> publications.publish(offers.create(new OfferDraft(
                "Gestionnaire conseil", "CDI", "69", "<p>Missions</p>", "GEN_4", "BAC2", null,
                LocalDate.now(clock).plusDays(30))).getId(), List.of("UCANSS"), false));
        JobApplication cafApplication = apply(cafOffer, "Nina", "Caf");
        assertEquals("application.notFound", assertThrows(BusinessException.class, () -> asCpam(() -> selection.moveTo(id,
                List.of(cafApplication.getId()), SelectionStep.PRESELECTION, null))).getMessageKey());

        // the colleague sees the applications until the team is restricted to its named members
        assertEquals(1, TestUsers.as(TestUsers.CPAM_PARIS_2, () -> selection.list(id, null, PageRequest.of(0, 5))).total());
        asCpam(() -> {
            selection.configure(id, 1, true);
            return null;
        });
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS_2,
                () -> selection.list(id, null, PageRequest.of(0, 5))));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS_2, () -> applications.get(appId)));
        // nor its answers and documents (the document download goes through the same check)
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS_2, () -> screening.answers(appId)));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS_2, () -> screening.documents(appId)));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> screening.answers(appId)));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS_2, () -> {
            selection.hire(appId, null);
            return null;
        }));
        assertEquals(1, asCpam(() -> selection.list(id, null, PageRequest.of(0, 5))).total(), "the named member still does");
        Long colleague = TestUsers.as(TestUsers.CPAM_PARIS_2, () -> users.currentUser().getId());
        asCpam(() -> teams.add(id, Team.OPERATIONAL, colleague));
        assertEquals(1, TestUsers.as(TestUsers.CPAM_PARIS_2, () -> selection.list(id, null, PageRequest.of(0, 5))).total());
        JobOffer other = published("Conseiller offre de service");
        assertEquals("restricted", assertThrows(BusinessException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS_2, () -> {
            selection.configure(other.getId(), 1, true);
            return null;
        })).getField(), "restricting a team one is not on would lock oneself out");
    }
}
