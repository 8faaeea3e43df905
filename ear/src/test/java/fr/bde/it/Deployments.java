package fr.bde.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real build output, as deployed in production; in-container tests ride inside its web module. */
public final class Deployments {

    public static final String WEB_MODULE = "bde-web.war";

    private Deployments() {
    }

    /** bde.ear exactly as built. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "bde.ear")
                .importFrom(new File(System.getProperty("bde.ear")))
                .as(EnterpriseArchive.class);
    }

    /** bde.ear with the given test classes added to its web module, which gets the Elytron API to run as a user. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WEB_MODULE);
        war.addClasses(testClasses);
        war.addClasses(Deployments.class, TestUsers.class);
        war.addAsManifestResource(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"),
                "MANIFEST.MF");
        ear.delete(WEB_MODULE);
        ear.addAsModule(war);
        return ear;
    }
}
