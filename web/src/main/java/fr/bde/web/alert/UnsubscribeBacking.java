package fr.bde.web.alert;

import fr.bde.alert.service.JobAlertService;
import fr.bde.alert.service.UnsubscribeOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The one-click unsubscribe link of a digest (/alertes/desabonnement.xhtml?alerte=…&amp;cle=…), without login. */
@Named
@RequestScoped
public class UnsubscribeBacking {

    @Inject
    private JobAlertService alerts;

    private String alert;
    private String key;
    private UnsubscribeOutcome outcome;

    /** viewAction. */
    public void unsubscribe() {
        outcome = unsubscribe(alerts, alert, key);
    }

    /** The signed link's parameters as received (page or one-click POST): a malformed id is an invalid link. */
    static UnsubscribeOutcome unsubscribe(JobAlertService alerts, String alert, String key) {
        Long id;
        try {
            id = alert == null ? null : Long.valueOf(alert);
        } catch (NumberFormatException e) {
            id = null;
        }
        return id == null ? UnsubscribeOutcome.INVALID : alerts.unsubscribe(id, key);
    }

    public UnsubscribeOutcome getOutcome() {
        return outcome;
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
