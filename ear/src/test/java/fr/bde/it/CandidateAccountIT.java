package fr.bde.it;

import static fr.bde.it.CandidateSupport.PASSWORD;
import static fr.bde.it.CandidateSupport.as;
import static fr.bde.it.CandidateSupport.asCandidate;
import static fr.bde.it.CandidateSupport.authenticates;
import static fr.bde.it.ServerMail.html;
import static fr.bde.it.ServerMail.mailsTo;
import static fr.bde.it.CandidateSupport.signUpAndValidate;
import static fr.bde.it.ServerMail.text;
import static fr.bde.it.CandidateSupport.token;
import static fr.bde.it.CandidateSupport.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.candidate.domain.TokenState;
import fr.bde.candidate.service.AccountRejectedException;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.CandidateProfile;
import fr.bde.candidate.service.ProfileForm;
import fr.bde.candidate.service.SignUpForm;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.jobapplication.service.JobApplicationService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Candidate accounts on the deployed EAR: sign-up, validation by the mailed link (the realm refuses
 * the account until then), expired and re-sent links, an address that already has an account,
 * forgotten password, change of e-mail, and the candidate services closed to other roles. Mails
 * are received by GreenMail, started inside the server for each test.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateAccountIT {

    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(CandidateAccountIT.class, CandidateSupport.class,
                CandidateSupport.ThrowingRunnable.class);
    }

    @Inject
    CandidateAccountService accounts;
    @Inject
    JobApplicationService applications;
    @Inject
    ClockProducer clockProducer;
    @Inject
    Clock clock;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtpAndRestoreTime() {
        clockProducer.reset();
        smtp.stop();
    }

    static SignUpForm form(String email) {
        return new SignUpForm("Camille", "Dupont", email, PASSWORD, PASSWORD, true);
    }

    @Test
    void signUpMailsTheLoginAndALinkAndTheAccountLogsInOnlyOnceValidated() throws Exception {
        String email = uniqueEmail("camille");
        accounts.signUp(form("  " + email.toUpperCase(Locale.ROOT) + " "));

        List<MimeMessage> mails = mailsTo(smtp, email, "validez", 1);
        assertEquals(1, mails.size());
        String text = text(mails.get(0));
        assertTrue(text.contains("Bonjour Camille"), text);
        assertTrue(text.contains("identifiant de connexion : " + email), "the login, lower-cased: " + text);
        assertFalse(text.contains(PASSWORD), "the password is never mailed");
        assertTrue(text.contains("/compte/valider.xhtml?jeton="), text);
        String link = token(mails.get(0));
        assertTrue(html(mails.get(0)).contains("jeton=" + link), "HTML alternative with the same link");

        assertFalse(authenticates(email, PASSWORD), "not validated: the realm refuses it");
        assertTrue(accounts.awaitsValidation(email, PASSWORD), "the login page may say why");
        assertFalse(accounts.awaitsValidation(email, "Wrong-password-1"), "not with a wrong password");
        assertFalse(accounts.awaitsValidation(uniqueEmail("nobody"), PASSWORD), "nor for an unknown address");

        assertEquals(TokenState.VALID, accounts.validate(link));
        assertTrue(authenticates(email, PASSWORD));
        assertTrue(authenticates(email.toUpperCase(Locale.ROOT), PASSWORD), "logins are not case-sensitive");
        assertFalse(authenticates(email, "Wrong-password-1"));
        assertFalse(accounts.awaitsValidation(email, PASSWORD));
        CandidateProfile profile = as(email, PASSWORD, accounts::profile);
        assertEquals("Camille", profile.firstName());
        assertEquals(email, profile.email());
        assertEquals(TokenState.USED, accounts.validate(link), "single use");
        assertEquals(TokenState.UNKNOWN, accounts.validate("x".repeat(43)));
        assertEquals(TokenState.UNKNOWN, accounts.validate("' or '1'='1"));
    }

    @Test
    void signUpFormsAreCheckedFieldByField() {
        AccountRejectedException refused = assertThrows(AccountRejectedException.class, () -> accounts.signUp(
                new SignUpForm(" ", "Dupont", "pas-une-adresse", "court", "autre", false)));
        Set<String> problems = refused.getProblems().stream().map(p -> p.getField() + ":" + p.getMessageKey())
                .collect(Collectors.toSet());
        assertEquals(Set.of("firstName:account.firstName.required", "email:account.email.invalid",
                "password:account.password.tooShort", "password:account.password.weak",
                "passwordConfirmation:account.password.mismatch", "privacy:account.privacy.required"), problems);
    }

    @Test
    void anExpiredLinkSaysSoAndANewOneCanBeSentFromIt() throws Exception {
        String email = uniqueEmail("expire");
        accounts.signUp(form(email));
        String first = token(mailsTo(smtp, email, "validez", 1).get(0));

        clockProducer.travelTo(clock.instant().plus(Duration.ofHours(48)).plusSeconds(60));
        assertEquals(TokenState.EXPIRED, accounts.validate(first));
        assertFalse(authenticates(email, PASSWORD));

        accounts.resendFromLink(first);
        List<MimeMessage> mails = mailsTo(smtp, email, "validez", 2);
        assertEquals(2, mails.size());
        String second = token(mails.get(1));
        assertNotEquals(first, second);
        assertEquals(TokenState.VALID, accounts.validate(second));
        assertTrue(authenticates(email, PASSWORD));
    }

    @Test
    void aResentLinkVoidsThePreviousOneAndRequestsAreBounded() throws Exception {
        String email = uniqueEmail("renvoi");
        accounts.signUp(form(email));
        String first = token(mailsTo(smtp, email, "validez", 1).get(0));

        accounts.resendValidation(" " + email.toUpperCase(Locale.ROOT));
        String second = token(mailsTo(smtp, email, "validez", 2).get(1));
        assertEquals(TokenState.REPLACED, accounts.validate(first), "the old link is void");

        accounts.resendValidation(email);
        accounts.resendValidation(email);
        Thread.sleep(1500);
        assertEquals(3, mailsTo(smtp, email, "validez", 4, 2000).size(), "at most 3 links an hour");

        String third = token(mailsTo(smtp, email, "validez", 3).get(2));
        assertEquals(TokenState.REPLACED, accounts.validate(second));
        assertEquals(TokenState.VALID, accounts.validate(third));

        // once validated, and for an unknown address: the same silent answer, no mail
        String unknown = uniqueEmail("inconnu");
        accounts.resendValidation(unknown);
        assertThrows(BusinessException.class, () -> accounts.resendValidation("pas-une-adresse"));
        Thread.sleep(1500);
        assertTrue(mailsTo(smtp, unknown, "", 1, 500).isEmpty());
    }

    @Test
    void signingUpAgainWithAnAddressInUseCreatesNothingAndTellsTheMailbox() throws Exception {
        String email = uniqueEmail("double");
        signUpAndValidate(accounts, smtp, "Camille", "Dupont", email);

        String otherPassword = "Autre-mot-2026!";
        accounts.signUp(new SignUpForm("Usurpateur", "X", email, otherPassword, otherPassword, true));
        List<MimeMessage> notices = mailsTo(smtp, email, "déjà un compte", 1);
        assertEquals(1, notices.size());
        assertTrue(text(notices.get(0)).contains("aucun nouveau compte"));
        assertTrue(text(notices.get(0)).contains("/compte/mot-de-passe-oublie.xhtml"));
        assertEquals(1, mailsTo(smtp, email, "validez", 2, 1500).size(), "no new validation link");
        assertTrue(authenticates(email, PASSWORD), "the account is unchanged");
        assertFalse(authenticates(email, otherPassword));
        assertEquals("Camille", as(email, PASSWORD, accounts::profile).firstName());

        accounts.signUp(new SignUpForm("Usurpateur", "X", email, otherPassword, otherPassword, true));
        assertEquals(1, mailsTo(smtp, email, "déjà un compte", 2, 1500).size(), "at most one notice a quarter of an hour");
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseLinkValidOneHour() throws Exception {
        String email = uniqueEmail("oubli");
        signUpAndValidate(accounts, smtp, "Camille", "Dupont", email);

        String unknown = uniqueEmail("inconnu");
        accounts.requestPasswordReset(unknown);
        accounts.requestPasswordReset(email.toUpperCase(Locale.ROOT));
        List<MimeMessage> mails = mailsTo(smtp, email, "nouveau mot de passe", 1);
        assertEquals(1, mails.size());
        assertTrue(mailsTo(smtp, unknown, "", 1, 300).isEmpty(), "nothing sent for an unknown address");
        String link = token(mails.get(0));
        assertTrue(text(mails.get(0)).contains("/compte/nouveau-mot-de-passe.xhtml?jeton=" + link));

        assertEquals(TokenState.VALID, accounts.checkPasswordReset(link));
        AccountRejectedException weak = assertThrows(AccountRejectedException.class,
                () -> accounts.resetPassword(link, "faible", "faible"));
        assertEquals("password", weak.getField());
        assertEquals(TokenState.VALID, accounts.checkPasswordReset(link), "a refused form does not spend the link");

        String newPassword = "Nouveau-2026-mdp";
        accounts.resetPassword(link, newPassword, newPassword);
        assertTrue(authenticates(email, newPassword));
        assertFalse(authenticates(email, PASSWORD));
        assertEquals(TokenState.USED, accounts.checkPasswordReset(link));
        assertEquals("account.link.USED", assertThrows(BusinessException.class,
                () -> accounts.resetPassword(link, "Encore-2026-mdp", "Encore-2026-mdp")).getMessageKey());

        accounts.requestPasswordReset(email);
        String late = token(mailsTo(smtp, email, "nouveau mot de passe", 2).get(1));
        clockProducer.travelTo(clock.instant().plus(Duration.ofMinutes(61)));
        assertEquals(TokenState.EXPIRED, accounts.checkPasswordReset(late));
        assertEquals("account.link.EXPIRED", assertThrows(BusinessException.class,
                () -> accounts.resetPassword(late, "Encore-2026-mdp", "Encore-2026-mdp")).getMessageKey());
        assertTrue(authenticates(email, newPassword));
    }

    @Test
    void resettingThePasswordOfAnAccountAwaitingValidationValidatesIt() throws Exception {
        String email = uniqueEmail("attente");
        accounts.signUp(form(email));
        String validation = token(mailsTo(smtp, email, "validez", 1).get(0));
        accounts.requestPasswordReset(email);
        String link = token(mailsTo(smtp, email, "nouveau mot de passe", 1).get(0));
        accounts.resetPassword(link, "Nouveau-2026-mdp", "Nouveau-2026-mdp");
        assertTrue(authenticates(email, "Nouveau-2026-mdp"), "the mailbox is proven");
        assertEquals(TokenState.REPLACED, accounts.validate(validation));
    }

    @Test
    void aNewAddressIsConfirmedByALinkSentToItAndTheOldOneWorksUntilThen() throws Exception {
        String email = uniqueEmail("ancienne");
        String newEmail = uniqueEmail("nouvelle");
        signUpAndValidate(accounts, smtp, "Camille", "Dupont", email);

        AccountRejectedException wrong = assertThrows(AccountRejectedException.class,
                () -> asCandidate(email, () -> accounts.requestEmailChange(newEmail, "Mauvais-2026-mdp")));
        assertEquals("currentPassword", wrong.getField());
        assertEquals("account.email.same", assertThrows(AccountRejectedException.class,
                () -> asCandidate(email, () -> accounts.requestEmailChange(email.toUpperCase(Locale.ROOT), PASSWORD)))
                .getMessageKey());

        asCandidate(email, () -> accounts.requestEmailChange(newEmail, PASSWORD));
        List<MimeMessage> mails = mailsTo(smtp, newEmail, "confirmez votre nouvelle adresse", 1);
        assertEquals(1, mails.size(), "sent to the new address");
        String link = token(mails.get(0));
        assertTrue(authenticates(email, PASSWORD), "the old address still logs in");
        assertFalse(authenticates(newEmail, PASSWORD));
        CandidateProfile pending = as(email, PASSWORD, accounts::profile);
        assertEquals(email, pending.email());
        assertEquals(newEmail, pending.pendingEmail());

        assertEquals(TokenState.VALID, accounts.confirmEmailChange(link));
        assertTrue(authenticates(newEmail, PASSWORD));
        assertFalse(authenticates(email, PASSWORD), "the old login is gone");
        CandidateProfile changed = as(newEmail, PASSWORD, accounts::profile);
        assertEquals(newEmail, changed.email());
        assertNull(changed.pendingEmail());
        List<MimeMessage> told = mailsTo(smtp, email, "a changé", 1);
        assertEquals(1, told.size(), "the old address is told");
        assertTrue(text(told.get(0)).contains(newEmail));
        assertEquals(TokenState.USED, accounts.confirmEmailChange(link));
    }

    @Test
    void movingToAnAddressThatHasAnAccountTellsThatMailboxInstead() throws Exception {
        String email = uniqueEmail("moi");
        String taken = uniqueEmail("pris");
        signUpAndValidate(accounts, smtp, "Camille", "Dupont", email);
        signUpAndValidate(accounts, smtp, "Dominique", "Martin", taken);

        asCandidate(email, () -> accounts.requestEmailChange(taken, PASSWORD));
        assertEquals(1, mailsTo(smtp, taken, "déjà un compte", 1).size());
        assertTrue(mailsTo(smtp, taken, "confirmez", 1, 1000).isEmpty(), "no link that could take that address");
        assertNull(as(email, PASSWORD, accounts::profile).pendingEmail());
    }

    @Test
    void personalDetailsAreTheCallersOwn() throws Exception {
        String email = uniqueEmail("details");
        signUpAndValidate(accounts, smtp, "Camille", "Dupont", email);
        asCandidate(email, () -> accounts.updateProfile(new ProfileForm("Camille-Anne", "Dupont-Martin", "+33 6 12 34 56 78")));
        CandidateProfile profile = as(email, PASSWORD, accounts::profile);
        assertEquals("Camille-Anne", profile.firstName());
        assertEquals("+33 6 12 34 56 78", profile.phone());
        assertEquals("phone", assertThrows(AccountRejectedException.class, () -> asCandidate(email,
                () -> accounts.updateProfile(new ProfileForm("Camille", "Dupont", "appelez-moi")))).getField());

        asCandidate(email, () -> accounts.changePassword(PASSWORD, "Change-2026-mdp", "Change-2026-mdp"));
        assertTrue(authenticates(email, "Change-2026-mdp"));
        assertEquals("currentPassword", assertThrows(AccountRejectedException.class, () -> as(email, "Change-2026-mdp",
                () -> {
                    accounts.changePassword("Mauvais-2026-mdp", "Autre-2026-mdp!", "Autre-2026-mdp!");
                    return null;
                })).getField());
    }

    @Test
    void recruitersAndVisitorsCannotUseCandidateServices() throws Exception {
        assertThrows(EJBAccessException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, accounts::profile));
        assertThrows(EJBAccessException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, applications::mine));
        assertThrows(EJBAccessException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, () -> applications.withdraw(1000L)));
        assertThrows(EJBAccessException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS,
                () -> { accounts.requestEmailChange(uniqueEmail("x"), TestUsers.PASSWORD); return null; }));
        assertThrows(EJBAccessException.class, accounts::profile);
        assertThrows(EJBAccessException.class, applications::mine);
    }
}
