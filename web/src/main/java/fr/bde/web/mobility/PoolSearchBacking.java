package fr.bde.web.mobility;

import fr.bde.common.Page;
import fr.bde.mobility.domain.WishKind;
import fr.bde.mobility.service.MobilityPoolService;
import fr.bde.mobility.service.PoolCriteria;
import fr.bde.mobility.service.PoolRow;
import fr.bde.mobility.service.PoolScope;
import fr.bde.referential.domain.Scheme;
import fr.bde.referential.service.ReferentialService;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The pool search of recruiters and career managers (/mobilite/viviers.xhtml): criteria, paged sorted results, export. */
@Named
@ViewScoped
public class PoolSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MobilityPoolService pools;

    @Inject
    private ReferentialService referentials;

    private final PoolCriteria criteria = new PoolCriteria();
    private PoolScope scope;
    private PagedRows<PoolRow> rows;
    private long lastTotal;

    @PostConstruct
    void init() {
        scope = pools.scope();
        MobilityPoolService service = pools;
        PoolCriteria searched = criteria;
        rows = new PagedRows<>(request -> {
            Page<PoolRow> page = service.search(searched, request);
            lastTotal = page.total();
            return page;
        }, PoolRow::id);
    }

    /** The criteria are bound to the same object the table reads: searching is showing the first page again. */
    public void search() {
        // nothing else to do: the lazy table reloads with the criteria
    }

    public boolean isMoreThanCap() {
        return lastTotal > MobilityPoolService.COUNT_CAP;
    }

    public long getLastTotal() {
        return lastTotal;
    }

    public int getCountCap() {
        return MobilityPoolService.COUNT_CAP;
    }

    /** The export link: the same criteria as the screen, scope applied again by the service. */
    public String getExportQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("nature", criteria.getKind() == null ? null : criteria.getKind().name());
        p.put("niveau", criteria.getDiplomaLevel());
        p.put("diplome", criteria.getDiplomaKeywords());
        p.put("metier", criteria.getJobKeywords());
        p.put("branche", criteria.getWantedBranch());
        p.put("regime", criteria.getWantedScheme());
        p.put("region", criteria.getWantedRegion());
        p.put("departement", criteria.getWantedDepartement());
        p.put("disponible", criteria.getAvailableBy() == null ? null
                : DateTimeFormatter.ISO_LOCAL_DATE.format(criteria.getAvailableBy()));
        return p.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public PoolCriteria getCriteria() {
        return criteria;
    }

    public PoolScope getScope() {
        return scope;
    }

    public PagedRows<PoolRow> getRows() {
        return rows;
    }

    public WishKind[] getKinds() {
        return WishKind.values();
    }

    public List<Scheme> getSchemes() {
        return referentials.schemes();
    }
}
