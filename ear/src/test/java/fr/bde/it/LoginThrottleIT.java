package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Form login through the Elytron JDBC realm, and repeated failures slowing a login down. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    String root() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    /** Logs in with a fresh session; true when the protected page is then served. */
    boolean login(String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        http.send(HttpRequest.newBuilder(URI.create(root() + "/recruteur/offres.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(root() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/recruteur/offres.xhtml")) {
            return false;
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        return page.statusCode() == 200 && page.body().contains("id=\"connectedAs\"");
    }

    @Test
    void rightPasswordLogsInWrongOneDoesNot() throws Exception {
        assertTrue(login(TestUsers.CAF_RHONE, TestUsers.PASSWORD));
        assertTrue(!login(TestUsers.CAF_RHONE, "wrong"));
        assertTrue(!login("nobody", "whatever"));
    }

    @Test
    void repeatedFailuresLockTheLoginForAWhile() throws Exception {
        String user = "recruteur.carsat44";
        for (int i = 0; i < 4; i++) {
            assertTrue(!login(user, "guess-" + i));
        }
        assertTrue(!login(user, TestUsers.PASSWORD), "locked: even the right password is refused");
        Thread.sleep(5_000); // the 5th failure locked it for 4 s
        assertTrue(login(user, TestUsers.PASSWORD), "unlocked after the delay");
        assertTrue(login(user, TestUsers.PASSWORD), "and the counter was reset");
    }
}
