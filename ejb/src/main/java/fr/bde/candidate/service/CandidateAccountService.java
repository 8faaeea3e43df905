package fr.bde.candidate.service;

import fr.bde.candidate.domain.AccountToken;
import fr.bde.candidate.domain.CandidateAccount;
import fr.bde.candidate.domain.EmailLogin;
import fr.bde.candidate.domain.PasswordPolicy;
import fr.bde.candidate.domain.SecretToken;
import fr.bde.candidate.domain.TokenPurpose;
import fr.bde.candidate.domain.TokenState;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.PublicLinks;
import fr.bde.mail.service.MailOutbox;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.PasswordHasher;
import fr.bde.security.domain.Role;
import fr.bde.security.service.LoginThrottleService;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Candidate accounts: sign-up with a validation link, new links, forgotten password, personal
 * details, password and e-mail changes. Every answer about an address is the same whether an
 * account exists or not; the mailbox's owner is told instead. A logged-in candidate only ever
 * reaches their own account (the caller's principal, never an id from the request).
 */
@Stateless
public class CandidateAccountService {

    /** Links of one purpose mailed to one account per hour, beyond which requests are ignored. */
    static final int MAX_LINKS_PER_HOUR = 3;
    private static final Pattern PHONE = Pattern.compile("[+0-9 .()-]{6," + CandidateAccount.PHONE_MAX + "}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicLinks links;

    @Inject
    private UserDirectory users;

    @Inject
    private LoginThrottleService throttle;

    /**
     * Creates a not yet validated account and mails its validation link. For an address that
     * already has an account nothing is created: its owner is mailed a reminder instead, and the
     * caller sees the same outcome.
     */
    @PermitAll
    public void signUp(SignUpForm form) {
        List<BusinessException> problems = new ArrayList<>();
        requireName(problems, "firstName", form.firstName());
        requireName(problems, "lastName", form.lastName());
        String emailProblem = EmailLogin.problem(form.email());
        if (emailProblem != null) {
            problems.add(new BusinessException("email", emailProblem, EmailLogin.MAX));
        }
        checkNewPassword(problems, "password", form.password(), form.passwordConfirmation(), form.email());
        if (!form.privacyAccepted()) {
            problems.add(new BusinessException("privacy", "account.privacy.required"));
        }
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        String login = EmailLogin.normalise(form.email());
        // hashed in every case, so that the answer takes as long whether the address is known or not
        String hash = PasswordHasher.hash(form.password());
        Instant now = clock.instant();
        Optional<AppUser> existing = users.findByLogin(login);
        if (existing.isPresent()) {
            findAccount(login).ifPresent(account -> noticeExistingAccount(account, login, now));
            return;
        }
        String firstName = form.firstName().strip();
        String lastName = form.lastName().strip();
        AppUser user = new AppUser(login, hash, firstName + " " + lastName, login, null, EnumSet.of(Role.CANDIDATE), now);
        em.persist(user);
        CandidateAccount account = new CandidateAccount(user, firstName, lastName, now);
        em.persist(account);
        mailValidationLink(account, now);
    }

    /** Opens a validation link: on success the account can log in from now on. */
    @PermitAll
    public TokenState validate(String link) {
        Instant now = clock.instant();
        Optional<AccountToken> token = find(link, TokenPurpose.VALIDATION);
        if (token.isEmpty()) {
            return TokenState.UNKNOWN;
        }
        TokenState state = token.get().state(now);
        if (state == TokenState.VALID) {
            token.get().use(now);
            account(token.get().getUser()).validate(now);
        }
        return state;
    }

    /** From an expired or replaced validation link: a new one, if the account still awaits validation. */
    @PermitAll
    public void resendFromLink(String link) {
        Instant now = clock.instant();
        find(link, TokenPurpose.VALIDATION)
                .filter(t -> t.state(now) == TokenState.EXPIRED || t.state(now) == TokenState.REPLACED)
                .map(t -> account(t.getUser()))
                .filter(a -> !a.isValidated() && a.getUser().isEnabled())
                .ifPresent(a -> mailValidationLink(a, now));
    }

    /** A new validation link on request: same answer whatever the address; the previous link stops working. */
    @PermitAll
    public void resendValidation(String email) {
        String login = checkedAddress("email", email);
        Instant now = clock.instant();
        findAccount(login).filter(a -> !a.isValidated() && a.getUser().isEnabled())
                .ifPresent(a -> mailValidationLink(a, now));
    }

    /** Forgotten password: mails a single-use link valid one hour; same answer whatever the address. */
    @PermitAll
    public void requestPasswordReset(String email) {
        String login = checkedAddress("email", email);
        Instant now = clock.instant();
        findAccount(login).filter(a -> a.getUser().isEnabled()).ifPresent(a -> issue(a.getUser(),
                TokenPurpose.PASSWORD_RESET, null, now).ifPresent(token -> outbox.enqueue(login,
                "account.passwordReset", a.getFirstName(), links.base() + "/compte/nouveau-mot-de-passe.xhtml?jeton="
                        + token.value(), DATE.format(expiry(now, TokenPurpose.PASSWORD_RESET)),
                TIME.format(expiry(now, TokenPurpose.PASSWORD_RESET)))));
    }

    /** Whether a password reset link can still be used (the form is shown only then). */
    @PermitAll
    public TokenState checkPasswordReset(String link) {
        return find(link, TokenPurpose.PASSWORD_RESET).map(t -> t.state(clock.instant())).orElse(TokenState.UNKNOWN);
    }

    /**
     * Sets the new password through a reset link, which is then spent. The mailbox's owner is
     * proven, so an account still awaiting validation is validated too.
     */
    @PermitAll
    public void resetPassword(String link, String password, String confirmation) {
        Instant now = clock.instant();
        AccountToken token = find(link, TokenPurpose.PASSWORD_RESET)
                .orElseThrow(() -> new BusinessException("account.link.UNKNOWN"));
        TokenState state = token.state(now);
        if (state != TokenState.VALID) {
            throw new BusinessException("account.link." + state.name());
        }
        AppUser user = token.getUser();
        List<BusinessException> problems = new ArrayList<>();
        checkNewPassword(problems, "password", password, confirmation, user.getLogin());
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        token.use(now);
        user.changePasswordHash(PasswordHasher.hash(password));
        voidLinks(user, TokenPurpose.PASSWORD_RESET, now);
        CandidateAccount account = account(user);
        if (!account.isValidated()) {
            account.validate(now);
            voidLinks(user, TokenPurpose.VALIDATION, now);
        }
        throttle.recordSuccess(user.getLogin());
    }

    @RolesAllowed(Role.Names.CANDIDATE)
    public CandidateProfile profile() {
        CandidateAccount account = current();
        AppUser user = account.getUser();
        Instant now = clock.instant();
        Optional<AccountToken> pending = em.createQuery("select t from AccountToken t where t.user = :user "
                        + "and t.purpose = :purpose and t.usedAt is null and t.voidedAt is null and t.expiresAt > :now "
                        + "order by t.createdAt desc", AccountToken.class)
                .setParameter("user", user).setParameter("purpose", TokenPurpose.EMAIL_CHANGE).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
        return new CandidateProfile(account.getFirstName(), account.getLastName(), account.getPhone(), user.getEmail(),
                account.getValidatedAt(), pending.map(AccountToken::getNewEmail).orElse(null),
                pending.map(AccountToken::getExpiresAt).orElse(null));
    }

    @RolesAllowed(Role.Names.CANDIDATE)
    public void updateProfile(ProfileForm form) {
        List<BusinessException> problems = new ArrayList<>();
        requireName(problems, "firstName", form.firstName());
        requireName(problems, "lastName", form.lastName());
        String phone = form.phone() == null || form.phone().isBlank() ? null : form.phone().strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new BusinessException("phone", "account.phone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        CandidateAccount account = current();
        account.rename(form.firstName().strip(), form.lastName().strip(), phone);
        account.getUser().rename(account.displayName());
    }

    /** The current password is asked again, so that an unattended session cannot take the account. */
    @RolesAllowed(Role.Names.CANDIDATE)
    public void changePassword(String currentPassword, String password, String confirmation) {
        CandidateAccount account = current();
        AppUser user = account.getUser();
        List<BusinessException> problems = new ArrayList<>();
        if (currentPassword == null || !PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            problems.add(new BusinessException("currentPassword", "account.password.currentWrong"));
        }
        checkNewPassword(problems, "password", password, confirmation, user.getLogin());
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        Instant now = clock.instant();
        user.changePasswordHash(PasswordHasher.hash(password));
        voidLinks(user, TokenPurpose.PASSWORD_RESET, now);
    }

    /**
     * Asks to move the account (and its login) to a new address: a confirmation link goes to that
     * address, and the current one keeps working until the link is opened. An address taken by
     * another account gets a reminder instead; the screen says the same in both cases.
     */
    @RolesAllowed(Role.Names.CANDIDATE)
    public void requestEmailChange(String newEmail, String currentPassword) {
        CandidateAccount account = current();
        AppUser user = account.getUser();
        List<BusinessException> problems = new ArrayList<>();
        String emailProblem = EmailLogin.problem(newEmail);
        if (emailProblem != null) {
            problems.add(new BusinessException("email", emailProblem, EmailLogin.MAX));
        } else if (EmailLogin.normalise(newEmail).equals(user.getLogin())) {
            problems.add(new BusinessException("email", "account.email.same"));
        }
        if (currentPassword == null || !PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            problems.add(new BusinessException("currentPassword", "account.password.currentWrong"));
        }
        if (!problems.isEmpty()) {
            throw new AccountRejectedException(problems);
        }
        String address = EmailLogin.normalise(newEmail);
        Instant now = clock.instant();
        if (users.findByLogin(address).isPresent()) {
            findAccount(address).ifPresent(other -> noticeExistingAccount(other, address, now));
            return;
        }
        issue(user, TokenPurpose.EMAIL_CHANGE, address, now).ifPresent(token -> outbox.enqueue(address,
                "account.emailChange", account.getFirstName(), address,
                links.base() + "/compte/confirmer-adresse.xhtml?jeton=" + token.value(),
                DATE.format(expiry(now, TokenPurpose.EMAIL_CHANGE)), TIME.format(expiry(now, TokenPurpose.EMAIL_CHANGE))));
    }

    /** Opens the link sent to the new address: the address (and login) changes, the old one is told. */
    @PermitAll
    public TokenState confirmEmailChange(String link) {
        Instant now = clock.instant();
        Optional<AccountToken> found = find(link, TokenPurpose.EMAIL_CHANGE);
        if (found.isEmpty()) {
            return TokenState.UNKNOWN;
        }
        AccountToken token = found.get();
        TokenState state = token.state(now);
        if (state != TokenState.VALID) {
            return state;
        }
        if (users.findByLogin(token.getNewEmail()).isPresent()) {
            throw new BusinessException("account.email.taken");
        }
        AppUser user = token.getUser();
        String oldAddress = user.getEmail();
        token.use(now);
        user.changeLoginAndEmail(token.getNewEmail());
        voidLinks(user, TokenPurpose.EMAIL_CHANGE, now);
        em.flush();
        outbox.enqueue(oldAddress, "account.emailChanged", account(user).getFirstName(), token.getNewEmail());
        return state;
    }

    /**
     * For the login page: true only when the right password was given for an account that awaits
     * validation (so an unknown address or a wrong password reveal nothing), and the login is not
     * locked by repeated failures.
     */
    @PermitAll
    public boolean awaitsValidation(String login, String password) {
        String address = EmailLogin.normalise(login);
        if (address == null || password == null || address.length() > EmailLogin.MAX || throttle.isLocked(address)) {
            return false;
        }
        return findAccount(address)
                .filter(a -> !a.isValidated() && a.getUser().isEnabled())
                .map(a -> PasswordHasher.matches(password, a.getUser().getPasswordHash()))
                .orElse(false);
    }

    private void mailValidationLink(CandidateAccount account, Instant now) {
        AppUser user = account.getUser();
        issue(user, TokenPurpose.VALIDATION, null, now).ifPresent(token -> outbox.enqueue(user.getEmail(),
                "account.validation", account.getFirstName(), user.getLogin(),
                links.base() + "/compte/valider.xhtml?jeton=" + token.value(),
                DATE.format(expiry(now, TokenPurpose.VALIDATION)), TIME.format(expiry(now, TokenPurpose.VALIDATION))));
    }

    private void noticeExistingAccount(CandidateAccount account, String address, Instant now) {
        if (account.getUser().isEnabled() && account.claimNotice(now)) {
            outbox.enqueue(address, "account.exists", account.getFirstName(), links.base() + "/espace/index.xhtml",
                    links.base() + "/compte/mot-de-passe-oublie.xhtml", links.base() + "/compte/nouveau-lien.xhtml");
        }
    }

    /**
     * A new link of that purpose, the previous ones voided; empty when too many were sent in the
     * last hour (the request is then ignored, with the same answer on screen).
     */
    private Optional<SecretToken> issue(AppUser user, TokenPurpose purpose, String newEmail, Instant now) {
        long recent = em.createQuery("select count(t) from AccountToken t where t.user = :user and t.purpose = :purpose "
                        + "and t.createdAt > :since", Long.class)
                .setParameter("user", user).setParameter("purpose", purpose)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= MAX_LINKS_PER_HOUR) {
            return Optional.empty();
        }
        voidLinks(user, purpose, now);
        SecretToken token = SecretToken.generate();
        em.persist(new AccountToken(user, purpose, token.hash(), newEmail, now));
        return Optional.of(token);
    }

    private void voidLinks(AppUser user, TokenPurpose purpose, Instant now) {
        em.createQuery("select t from AccountToken t where t.user = :user and t.purpose = :purpose "
                        + "and t.usedAt is null and t.voidedAt is null", AccountToken.class)
                .setParameter("user", user).setParameter("purpose", purpose)
                .getResultList().forEach(t -> t.voidAt(now));
    }

    /** The link of that purpose whose secret hashes to the stored hash. */
    private Optional<AccountToken> find(String link, TokenPurpose purpose) {
        if (!SecretToken.isWellFormed(link)) {
            return Optional.empty();
        }
        return em.createQuery("select t from AccountToken t join fetch t.user where t.tokenHash = :hash "
                        + "and t.purpose = :purpose", AccountToken.class)
                .setParameter("hash", SecretToken.hashOf(link)).setParameter("purpose", purpose)
                .getResultStream().findFirst();
    }

    private Optional<CandidateAccount> findAccount(String login) {
        return em.createQuery("select c from CandidateAccount c join fetch c.user u where u.login = :login",
                        CandidateAccount.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    private CandidateAccount account(AppUser user) {
        CandidateAccount account = em.find(CandidateAccount.class, user.getId());
        if (account == null) {
            throw new AccessDeniedException();
        }
        return account;
    }

    /** The caller's own account: a non-candidate caller is refused. */
    private CandidateAccount current() {
        return account(users.currentUser());
    }

    private static String checkedAddress(String field, String email) {
        String problem = EmailLogin.problem(email);
        if (problem != null) {
            throw new BusinessException(field, problem, EmailLogin.MAX);
        }
        return EmailLogin.normalise(email);
    }

    private static java.time.ZonedDateTime expiry(Instant now, TokenPurpose purpose) {
        return now.plus(purpose.validity()).atZone(ClockProducer.PARIS);
    }

    private static void requireName(List<BusinessException> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new BusinessException(field, "account." + field + ".required"));
        } else if (value.strip().length() > CandidateAccount.NAME_MAX) {
            problems.add(new BusinessException(field, "account." + field + ".tooLong", CandidateAccount.NAME_MAX));
        }
    }

    private static void checkNewPassword(List<BusinessException> problems, String field, String password,
                                         String confirmation, String email) {
        PasswordPolicy.problems(password, email).forEach(key -> problems.add(new BusinessException(field, key,
                PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)));
        if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
            problems.add(new BusinessException(field + "Confirmation", "account.password.mismatch"));
        }
    }
}
