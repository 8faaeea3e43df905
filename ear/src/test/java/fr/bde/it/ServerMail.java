package fr.bde.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A real SMTP server (GreenMail) for in-container tests: it runs in the server's JVM, on the port the
 * server's mail session uses, started and stopped around each test (class-level callbacks run on the
 * client side); and the helpers that read what it received.
 */
final class ServerMail {

    private ServerMail() {
    }

    /** bde.ear with the given test classes and GreenMail in its web module. */
    static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = Deployments.earWith(testClasses);
        WebArchive war = ear.getAsType(WebArchive.class, Deployments.WEB_MODULE);
        war.addClass(ServerMail.class);
        war.addAsLibraries(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
        return ear;
    }

    static GreenMail start() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("jboss.mail.server.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
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
        return alternative(part, "text/plain");
    }

    /** The HTML alternative of a received message. */
    static String html(Part part) throws Exception {
        return alternative(part, "text/html");
    }

    private static String alternative(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = alternative(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
