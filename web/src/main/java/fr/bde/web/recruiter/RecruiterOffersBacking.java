package fr.bde.web.recruiter;

import fr.bde.batch.offerexport.OfferExportLauncher;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.export.domain.ExportFile;
import fr.bde.export.service.ExportService;
import fr.bde.offer.service.OfferRow;
import fr.bde.offer.service.OfferService;
import fr.bde.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The recruiter's offers (/recruteur/offres.xhtml) and their Excel extract. */
@Named
@ViewScoped
public class RecruiterOffersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offers;

    @Inject
    private ExportService exports;

    @Inject
    private OfferExportLauncher exportLauncher;

    private Long exportId;
    private transient ExportFile export;
    private transient List<ExportFile> recentExports;

    private final LazyDataModel<OfferRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) offers.listForRecruiter(PageRequest.of(0, 1)).total();
        }

        @Override
        public List<OfferRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
            Page<OfferRow> page = offers.listForRecruiter(request);
            total = page.total();
            setRowCount((int) total);
            return page.items();
        }

        @Override
        public String getRowKey(OfferRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void init() {
        recentExports = exports.recentForRecruiter();
    }

    public void startExport() {
        export = exportLauncher.start();
        exportId = export.getId();
        Messages.info("recruiter.export.started");
    }

    /** Polled by the progress bar while the job runs. */
    public void refreshExport() {
        if (exportId != null) {
            export = exports.getForRecruiter(exportId);
            if (export.getStatus() != ExportFile.Status.RUNNING) {
                recentExports = exports.recentForRecruiter();
            }
        }
    }

    public boolean isExportRunning() {
        return export != null && export.getStatus() == ExportFile.Status.RUNNING;
    }

    public int getExportPercent() {
        return export == null ? 0 : export.percent();
    }

    public ExportFile getExport() {
        return export;
    }

    public List<ExportFile> getRecentExports() {
        return recentExports;
    }

    public LazyDataModel<OfferRow> getRows() {
        return rows;
    }
}
