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
    /** A second recruiter of the CPAM de Paris (restricted hiring teams). */
    public static final String CPAM_PARIS_2 = "recruteur2.cpam75";
    /** Recruiter of the Carsat Alsace-Moselle (EN3S scope). */
    public static final String CARSAT = "recruteur.carsat44";
    public static final String URSSAF = "recruteur.urssaf53";
    public static final String CNRSI = "recruteur.cnrsi";
    /** Recruiter of a multibranch CGSS, who names the approving national fund. */
    public static final String CGSS = "recruteur.cgss972";
    /** A recruiter account created two hours before the server started (72-hour rule). */
    public static final String NEW_RECRUITER = "recruteur.nouveau";
    public static final String EN3S = "valideur.en3s";
    public static final String CNAM = "approbateur.cnam";
    public static final String CNAF = "approbateur.cnaf";
    public static final String UCANSS_ADMIN = "admin.ucanss";

    private TestUsers() {
    }

    /** Authenticates through the application's security domain (the JDBC realm) and runs the action as that user. */
    public static <T> T as(String login, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(login, new PasswordGuessEvidence(PASSWORD.toCharArray()));
        return identity.runAs(action);
    }
}
