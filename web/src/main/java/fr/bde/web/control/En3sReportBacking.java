package fr.bde.web.control;

import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.service.En3sReportRow;
import fr.bde.approval.service.En3sReportService;
import fr.bde.approval.service.En3sReportTotals;
import fr.bde.common.ClockProducer;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The EN3S control report (/controle/en3s.xhtml[?annee=…]): the in-scope offers of one period, page by
 * page, with the totals line; a recruiter sees their organisation's, the Ucanss administrator all.
 */
@Named
@ViewScoped
public class En3sReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "reportForm:report";
    static final int FIRST_YEAR = En3sReportService.FIRST_YEAR;
    static final int LAST_YEAR = 2100;

    @Inject
    private En3sReportService reports;

    @Inject
    private Clock clock;

    private Integer year;
    private List<Integer> years;
    private transient En3sReportTotals totals;

    private final LazyDataModel<En3sReportRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) getTotals().offers();
        }

        @Override
        public List<En3sReportRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
            Page<En3sReportRow> page = reports.page(year, request);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(En3sReportRow row) {
            return String.valueOf(row.offerId());
        }
    };

    /** viewAction: the period asked for in the address, else the current one; the periods that have offers. */
    public void load() {
        int current = LocalDate.now(clock.withZone(ClockProducer.PARIS)).getYear();
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            year = current;
        }
        TreeSet<Integer> known = new TreeSet<>(reports.years());
        known.add(current);
        known.add(year);
        years = List.copyOf(known.descendingSet());
        totals = null;
    }

    /** Another period chosen: the table starts again at its first page. */
    public void yearChanged() {
        totals = null;
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public En3sReportTotals getTotals() {
        if (totals == null) {
            totals = reports.totals(year);
        }
        return totals;
    }

    /** Validé, Refusé, En attente, or a dash when no process was launched. */
    public String answer(En3sReportRow row) {
        ProcessStatus answer = row.answer();
        return Messages.text("control.en3s.answer." + (answer == null ? "NONE" : answer.name()));
    }

    public String yesNo(boolean value) {
        return Messages.text(value ? "common.yes" : "common.no");
    }

    public LazyDataModel<En3sReportRow> getRows() {
        return rows;
    }

    /** The period in the address ({@code ?annee=2027}); anything else than a year gives the current one. */
    public String getYearParameter() {
        return year == null ? null : year.toString();
    }

    public void setYearParameter(String value) {
        try {
            year = value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            year = null;
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }
}
