package fr.bde.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** Demo users of the test server (loaded with -Dbde.demo-data=true), and running code as one of them. */
public final class TestUsers {

    public static final String PASSWORD = "Demo-2026!";
    /** Recruiter of the CPAM de Paris. */
    public static final String CPAM_PARIS = "recruteur.cpam75";
    /** Recruiter of the CAF du Rhône. */
    public static final String CAF_RHONE = "recruteur.caf69";

    private TestUsers() {
    }

    /** Authenticates through the application's security domain (the JDBC realm) and runs the action as that user. */
    public static <T> T as(String login, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(login, new PasswordGuessEvidence(PASSWORD.toCharArray()));
        return identity.runAs(action);
    }
}
