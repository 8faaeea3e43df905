package fr.bde.offer.search;

import jakarta.annotation.security.PermitAll;
import fr.bde.offer.domain.JobOffer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * The database is the source of truth; the index follows it. When they disagree at start-up
 * (new node, restored database, data loaded by SQL) the index is rebuilt from the database.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

    @PersistenceUnit(unitName = "bde")
    private EntityManagerFactory emf;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void checkIndex() {
        var em = emf.createEntityManager();
        try {
            long inDatabase = em.createQuery("select count(o) from JobOffer o", Long.class).getSingleResult();
            long inIndex = Search.session(em).search(JobOffer.class).where(f -> f.matchAll()).fetchTotalHitCount();
            // documents indexed before a field was added to the mapping (branch, remote work…) lack it
            long outdated = Search.session(em).search(JobOffer.class)
                    .where(f -> f.matchAll().except(f.exists().field("branchCode"))).fetchTotalHitCount();
            if (inDatabase == inIndex && outdated == 0) {
                return;
            }
            LOG.info(() -> "Rebuilding the offer index: " + inDatabase + " offers in the database, "
                    + inIndex + " in the index, " + outdated + " indexed with an older mapping");
        } finally {
            em.close();
        }
        executor.submit(this::rebuild);
    }

    /** Rebuilds the offer index from the database (also used after bulk loads). */
    public void rebuild() {
        SearchMapping mapping = Search.mapping(emf);
        try {
            mapping.scope(JobOffer.class).massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500)
                    .startAndWait();
            LOG.info("Offer index rebuilt");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Offer index rebuild failed", e);
        }
    }
}
