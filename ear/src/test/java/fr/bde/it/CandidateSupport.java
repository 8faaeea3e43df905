package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.candidate.domain.TokenState;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.SignUpForm;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** In-container helpers for candidate accounts: logging in through the realm, reading the mailed links. */
final class CandidateSupport {

    static final String PASSWORD = "Candidat-2026!ok";
    private static final Pattern LINK_TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]{43})");

    private CandidateSupport() {
    }

    static String uniqueEmail(String name) {
        return name + "." + System.nanoTime() + "@example.org";
    }

    /** True when the application's security domain (the JDBC realm) accepts this login and password. */
    static boolean authenticates(String login, String password) {
        try {
            return SecurityDomain.getCurrent().authenticate(login, new PasswordGuessEvidence(password.toCharArray())) != null;
        } catch (SecurityException | org.wildfly.security.auth.server.RealmUnavailableException e) {
            return false;
        }
    }

    static <T> T as(String login, String password, Callable<T> action) throws Exception {
        return SecurityDomain.getCurrent().authenticate(login, new PasswordGuessEvidence(password.toCharArray()))
                .runAs(action);
    }

    static void asCandidate(String login, ThrowingRunnable action) throws Exception {
        as(login, PASSWORD, () -> {
            action.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The secret of the link in a message's text. */
    static String token(MimeMessage message) throws Exception {
        Matcher matcher = LINK_TOKEN.matcher(ServerMail.text(message));
        if (!matcher.find()) {
            throw new AssertionError("no link in: " + ServerMail.text(message));
        }
        return matcher.group(1);
    }

    /** Signs up, opens the validation link received by mail: a usable account. */
    static void signUpAndValidate(CandidateAccountService accounts, GreenMail smtp, String firstName, String lastName,
                                  String email) throws Exception {
        accounts.signUp(new SignUpForm(firstName, lastName, email, PASSWORD, PASSWORD, true));
        List<MimeMessage> mails = ServerMail.mailsTo(smtp, email, "validez", 1);
        assertEquals(1, mails.size(), "validation mail for " + email);
        assertEquals(TokenState.VALID, accounts.validate(token(mails.get(0))));
    }
}
