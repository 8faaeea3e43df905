package fr.bde.export.service;

import jakarta.annotation.security.PermitAll;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import fr.bde.export.domain.ExportFile;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Excel extracts: recruiters request and download those of their organisation; the batch job
 * (which runs without the recruiter's identity) reads rows and stores the file through the
 * methods marked "for the batch job".
 */
@PermitAll
@Stateless
public class ExportService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    @RolesAllowed(Role.Names.RECRUITER)
    public ExportFile requestOffersExport() {
        Long organisationId = users.currentOrganisation().getId();
        long total = em.createQuery("select count(o) from JobOffer o where o.organisation.id = :org", Long.class)
                .setParameter("org", organisationId).getSingleResult();
        String fileName = "offres-" + STAMP.format(java.time.LocalDateTime.now(clock)) + ".xlsx";
        ExportFile file = new ExportFile(organisationId, users.currentUser().getLogin(), fileName, total, clock.instant());
        em.persist(file);
        return file;
    }

    @RolesAllowed(Role.Names.RECRUITER)
    public ExportFile getForRecruiter(Long id) {
        ExportFile file = id == null ? null : em.find(ExportFile.class, id);
        if (file == null) {
            throw new NotFoundException("export.notFound");
        }
        if (!file.getOrganisationId().equals(users.currentOrganisation().getId())) {
            throw new AccessDeniedException();
        }
        return file;
    }

    @RolesAllowed(Role.Names.RECRUITER)
    public List<ExportFile> recentForRecruiter() {
        return em.createQuery("select f from ExportFile f where f.organisationId = :org order by f.createdAt desc",
                        ExportFile.class)
                .setParameter("org", users.currentOrganisation().getId())
                .setMaxResults(10).getResultList();
    }

    /** For the batch job: the export being produced. */
    public ExportFile find(Long id) {
        return em.find(ExportFile.class, id);
    }

    /** For the batch job: the next rows after {@code afterId}, in id order (keyset paging, no offset scans). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OfferExportRow> offerRows(Long organisationId, long afterId, int max) {
        return em.createQuery("select new fr.bde.export.service.OfferExportRow(o.id, o.reference, o.title, "
                        + "ct.label, d.name, r.name, o.status, o.createdAt, o.publishedAt, o.closingDate, "
                        + "ql.label, o.salary) from JobOffer o join o.contractType ct join o.departement d "
                        + "join o.region r left join o.qualificationLevel ql "
                        + "where o.organisation.id = :org and o.id > :after order by o.id", OfferExportRow.class)
                .setParameter("org", organisationId)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    public void started(Long id, long jobExecutionId) {
        em.find(ExportFile.class, id).started(jobExecutionId);
    }

    public void progress(Long id, long rows) {
        em.find(ExportFile.class, id).progress(rows);
    }

    public void complete(Long id, byte[] content, long rows) {
        em.find(ExportFile.class, id).complete(content, rows, clock.instant());
    }

    public void fail(Long id) {
        em.find(ExportFile.class, id).fail(clock.instant());
    }
}
