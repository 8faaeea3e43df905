package fr.bde.privacy.service;

import fr.bde.alert.domain.JobAlert;
import fr.bde.candidate.domain.CandidateAccount;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.mail.service.MailOutbox;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.PasswordHasher;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A candidate's rights over their data (RGPD): everything the job exchange holds about them, as
 * JSON or as a page, and the deletion of their account. Only ever the caller's own data.
 */
@Stateless
@RolesAllowed(Role.Names.CANDIDATE)
public class CandidatePrivacyService {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private AccountEraser eraser;

    @Inject
    private MailOutbox outbox;

    /** The caller's data, for the personal-data page. */
    public CandidateData data() {
        CandidateAccount account = current();
        AppUser user = account.getUser();
        java.time.Instant now = clock.instant();
        SelectionTrailExport.Trail trail = SelectionTrailExport.of(em, user, now);
        List<CandidateData.Application> applications = em.createQuery("select a from JobApplication a "
                        + "join fetch a.offer o join fetch o.organisation where a.candidate = :user order by a.submittedAt",
                        JobApplication.class)
                .setParameter("user", user).getResultList().stream()
                .map(a -> {
                    // a rejection on criteria whose mail is held is not told yet (as in "Mes candidatures")
                    boolean held = a.isRejectionHeld(now);
                    return new CandidateData.Application(a.getId(), a.getOffer().getReference(), a.getOffer().getTitle(),
                            a.getOffer().getOrganisation().getName(), a.getSubmittedAt(),
                            held ? ApplicationStatus.SUBMITTED.name() : a.getStatus().name(),
                            a.getWithdrawnAt(), a.getFirstName(), a.getLastName(), a.getEmail(), a.getCoverLetter(),
                            a.getCvFileName(), a.getCvContentType(), a.getCvContent() == null ? 0 : a.getCvContent().length,
                            a.getStep() == null || held ? null : a.getStep().name(), held ? null : a.getStepChangedAt(),
                            trail.messagesOf(a.getId()), trail.interviewsOf(a.getId()), trail.reportsOf(a.getId()));
                })
                .toList();
        List<CandidateData.Alert> alerts = em.createQuery("select a from JobAlert a where a.candidate = :user "
                        + "order by a.createdAt", JobAlert.class)
                .setParameter("user", user).getResultList().stream()
                .map(a -> new CandidateData.Alert(a.getId(), a.criteria(), a.getPeriod().name(), a.getCreatedAt(),
                        a.getEndsOn(), a.getLastDigestAt()))
                .toList();
        return new CandidateData(user.getLogin(), user.getEmail(), account.getFirstName(), account.getLastName(),
                account.getPhone(), user.getCreatedAt(), account.getValidatedAt(), account.getPrivacyConsentAt(),
                account.getLastLoginAt(), applications, alerts);
    }

    /**
     * The same data as JSON, CVs included (Base64), for the download; recruiters are named, never
     * identified by their login.
     */
    public String json() {
        CandidateData data = data();
        Map<Long, byte[]> cvs = new java.util.HashMap<>();
        em.createQuery("select a from JobApplication a where a.candidate = :user", JobApplication.class)
                .setParameter("user", users.currentUser()).getResultList()
                .forEach(a -> cvs.put(a.getId(), a.getCvContent()));
        JsonArrayBuilder applications = Json.createArrayBuilder();
        for (CandidateData.Application a : data.applications()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("offerReference", a.offerReference())
                    .add("offerTitle", a.offerTitle()).add("organisation", a.organisation())
                    .add("submittedAt", a.submittedAt().toString()).add("status", a.status())
                    .add("firstName", a.firstName()).add("lastName", a.lastName()).add("email", a.email())
                    .add("cvFileName", a.cvFileName()).add("cvContentType", a.cvContentType());
            optional(o, "withdrawnAt", a.withdrawnAt());
            optional(o, "coverLetter", a.coverLetter());
            byte[] cv = cvs.get(a.id());
            optional(o, "cvBase64", cv == null ? null : Base64.getEncoder().encodeToString(cv));
            optional(o, "selectionStep", a.step());
            optional(o, "stepChangedAt", a.stepChangedAt());
            o.add("screeningAnswers", DocumentsAndAnswersExport.answers(em, a.id()))
                    .add("documents", DocumentsAndAnswersExport.applicationDocuments(em, a.id()))
                    .add("messages", messages(a.messages()))
                    .add("interviews", interviews(a.interviews()))
                    .add("reports", reports(a.reports()));
            applications.add(o);
        }
        JsonArrayBuilder alerts = Json.createArrayBuilder();
        for (CandidateData.Alert a : data.alerts()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("period", a.period())
                    .add("createdAt", a.createdAt().toString()).add("endsOn", a.endsOn().toString())
                    .add("lastDigestAt", a.lastDigestAt().toString()).add("remoteOnly", a.criteria().remoteOnly());
            optional(o, "keywords", a.criteria().keywords());
            optional(o, "region", a.criteria().regionCode());
            optional(o, "departement", a.criteria().departementCode());
            optional(o, "organisationId", a.criteria().organisationId());
            optional(o, "branch", a.criteria().branchCode());
            optional(o, "contractType", a.criteria().contractTypeCode());
            optional(o, "qualificationLevel", a.criteria().qualificationLevelCode());
            alerts.add(o);
        }
        JsonObjectBuilder account = Json.createObjectBuilder().add("login", data.login()).add("email", data.email())
                .add("firstName", data.firstName()).add("lastName", data.lastName())
                .add("createdAt", data.createdAt().toString())
                .add("privacyConsentAt", data.privacyConsentAt().toString());
        optional(account, "phone", data.phone());
        optional(account, "validatedAt", data.validatedAt());
        optional(account, "lastLoginAt", data.lastLoginAt());
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("account", account).add("applications", applications).add("alerts", alerts)
                .add("savedDocuments", DocumentsAndAnswersExport.savedDocuments(em, users.currentUser()));
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    private static JsonArrayBuilder messages(List<CandidateData.Message> messages) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CandidateData.Message m : messages) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("sentAt", m.sentAt().toString());
            optional(o, "from", m.from());
            optional(o, "subject", m.subject());
            optional(o, "body", m.body());
            array.add(o);
        }
        return array;
    }

    private static JsonArrayBuilder interviews(List<CandidateData.Interview> interviews) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CandidateData.Interview i : interviews) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("startsAt", i.startsAt().toString())
                    .add("durationMinutes", i.durationMinutes()).add("status", i.status());
            optional(o, "place", i.place());
            optional(o, "link", i.link());
            optional(o, "interviewers", i.interviewers());
            optional(o, "organiser", i.organiser());
            array.add(o);
        }
        return array;
    }

    private static JsonArrayBuilder reports(List<CandidateData.Report> reports) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CandidateData.Report r : reports) {
            JsonArrayBuilder ratings = Json.createArrayBuilder();
            r.ratings().forEach(c -> ratings.add(Json.createObjectBuilder().add("criterion", c.criterion())
                    .add("rating", c.rating())));
            JsonObjectBuilder o = Json.createObjectBuilder().add("createdAt", r.createdAt().toString())
                    .add("step", r.step()).add("ratings", ratings).add("average", r.average());
            optional(o, "interviewStartsAt", r.interviewStartsAt());
            optional(o, "author", r.author());
            optional(o, "comment", r.comment());
            array.add(o);
        }
        return array;
    }

    /**
     * Deletes the caller's account after checking the password again: applications anonymised,
     * alerts and links deleted, the login gone; a last mail confirms it.
     */
    public void deleteAccount(String password, boolean confirmed) {
        CandidateAccount account = current();
        AppUser user = account.getUser();
        if (password == null || !PasswordHasher.matches(password, user.getPasswordHash())) {
            throw new BusinessException("password", "account.password.currentWrong");
        }
        if (!confirmed) {
            throw new BusinessException("confirmed", "privacy.delete.confirmRequired");
        }
        String address = user.getEmail();
        String firstName = account.getFirstName();
        eraser.deleteCandidate(account, clock.instant());
        outbox.enqueue(address, "privacy.accountDeleted", firstName);
    }

    /** Called on each new logged-in session: the account is active, a pending inactivity warning is void. */
    @PermitAll
    public void recordLogin(String login) {
        em.createQuery("update CandidateAccount c set c.lastLoginAt = :now, c.inactivityWarnedAt = null "
                        + "where c.id in (select u.id from AppUser u where u.login = :login)")
                .setParameter("now", clock.instant()).setParameter("login", login).executeUpdate();
    }

    private CandidateAccount current() {
        CandidateAccount account = em.find(CandidateAccount.class, users.currentUser().getId());
        if (account == null) {
            throw new AccessDeniedException();
        }
        return account;
    }

    private static void optional(JsonObjectBuilder o, String name, Object value) {
        if (value instanceof Long l) {
            o.add(name, l);
        } else if (value instanceof Instant i) {
            o.add(name, i.toString());
        } else if (value != null) {
            o.add(name, value.toString());
        }
    }
}
