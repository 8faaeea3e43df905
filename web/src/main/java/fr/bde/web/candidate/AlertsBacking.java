package fr.bde.web.candidate;

import fr.bde.alert.domain.AlertPeriod;
import fr.bde.alert.service.AlertRow;
import fr.bde.alert.service.JobAlertService;
import fr.bde.common.BusinessException;
import fr.bde.web.Messages;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** "Mes alertes" (/espace/candidat/alertes.xhtml): the candidate's alerts, a new period for one, deletion. */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobAlertService alerts;

    private PagedRows<AlertRow> rows;
    /** The period chosen on each line, by alert id. */
    private final Map<Long, String> periods = new HashMap<>();

    @PostConstruct
    void init() {
        JobAlertService service = alerts;
        rows = new PagedRows<>(service::mine, AlertRow::id);
    }

    public void renew(Long id) {
        try {
            String chosen = periods.get(id);
            alerts.changePeriod(id, chosen == null || chosen.isBlank() ? null : AlertPeriod.valueOf(chosen));
            AlertRow row = alerts.get(id);
            Messages.info("alert.renewed", format(row));
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void delete(Long id) {
        try {
            alerts.delete(id);
            Messages.info("alert.deleted");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    private static String format(AlertRow row) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(row.endsOn());
    }

    public PagedRows<AlertRow> getRows() {
        return rows;
    }

    public Map<Long, String> getPeriods() {
        return periods;
    }

    public AlertPeriod[] getAlertPeriods() {
        return AlertPeriod.values();
    }
}
