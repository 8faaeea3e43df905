package fr.bde.alert.service;

import fr.bde.alert.domain.LinkSignature;
import fr.bde.alert.domain.SigningKey;
import fr.bde.common.PublicLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.DependsOn;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Links of the alert mails: the unsubscribe link carries the alert id and its signature, so it
 * works without login and cannot be forged for another alert. The key is made once and stored.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
@Lock(LockType.READ)
public class AlertLinks {

    static final String KEY_NAME = "alert-links";

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    private volatile byte[] secret;

    public String unsubscribe(Long alertId) {
        return links.base() + "/alertes/desabonnement.xhtml?alerte=" + alertId + "&cle=" + signature(alertId);
    }

    /** The List-Unsubscribe URL of a digest: a POST there (the mail client's button) ends the alert. */
    public String oneClickUnsubscribe(Long alertId) {
        return links.base() + "/alertes/un-clic?alerte=" + alertId + "&cle=" + signature(alertId);
    }

    public String myAlerts() {
        return links.base() + "/espace/candidat/alertes.xhtml";
    }

    public String offer(String reference) {
        return links.publicOffer(URLEncoder.encode(reference, StandardCharsets.UTF_8));
    }

    public String signature(Long alertId) {
        return LinkSignature.sign(secret(), subject(alertId));
    }

    public boolean verify(Long alertId, String signature) {
        return alertId != null && LinkSignature.verify(secret(), subject(alertId), signature);
    }

    private static String subject(Long alertId) {
        return "alert:" + alertId;
    }

    private byte[] secret() {
        return secret;
    }

    /** Made once, at the first start, in its own transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadKey() {
        SigningKey key = em.find(SigningKey.class, KEY_NAME);
        if (key == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            key = new SigningKey(KEY_NAME, Base64.getEncoder().encodeToString(random), clock.instant());
            em.persist(key);
        }
        secret = Base64.getDecoder().decode(key.getSecret());
    }
}
