package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.candidate.domain.TokenState;
import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.candidate.service.SignUpForm;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
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

    /** Messages received for a recipient whose subject contains {@code subject}, waiting for {@code expected} of them. */
    static List<MimeMessage> mailsTo(GreenMail smtp, String recipient, String subject, int expected, long waitMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                                    && m.getSubject().contains(subject);
                        } catch (Exception e) {
                            return false;
                        }
                    }).toList();
            if (found.size() >= expected || System.currentTimeMillis() > deadline) {
                return found;
            }
            Thread.sleep(200);
        }
    }

    static List<MimeMessage> mailsTo(GreenMail smtp, String recipient, String subject, int expected)
            throws InterruptedException {
        return mailsTo(smtp, recipient, subject, expected, 20_000);
    }

    /** The plain-text alternative of a received message. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The HTML alternative of a received message. */
    static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = html(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    /** The secret of the link in a message's text. */
    static String token(MimeMessage message) throws Exception {
        Matcher matcher = LINK_TOKEN.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("no link in: " + text(message));
        }
        return matcher.group(1);
    }

    /** Signs up, opens the validation link received by mail: a usable account. */
    static void signUpAndValidate(CandidateAccountService accounts, GreenMail smtp, String firstName, String lastName,
                                  String email) throws Exception {
        accounts.signUp(new SignUpForm(firstName, lastName, email, PASSWORD, PASSWORD, true));
        List<MimeMessage> mails = mailsTo(smtp, email, "validez", 1);
        assertEquals(1, mails.size(), "validation mail for " + email);
        assertEquals(TokenState.VALID, accounts.validate(token(mails.get(0))));
    }
}
