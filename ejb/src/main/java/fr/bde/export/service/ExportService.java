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
import java.util.Map;
import java.util.stream.Collectors;
import fr.bde.offer.domain.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;

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

    /**
     * For the batch job: the next rows after {@code afterId}, in id order (keyset paging on the
     * (organisation_id, id) index, no offset scans). Only the offer table is read: referential
     * labels come from {@link #labels()}, loaded once per job, which keeps each page a range scan.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OfferExportRow> offerRows(Long organisationId, long afterId, int max, ExportLabels labels) {
        return em.createQuery("select o.id, o.reference, o.title, o.contractType.code, o.departement.code, "
                        + "o.region.code, o.status, o.createdAt, o.publishedAt, o.closingDate, "
                        + "o.qualificationLevel.code, o.salary from JobOffer o "
                        + "where o.organisation.id = :org and o.id > :after "
                        // both index columns: H2 then reads the index in order and stops at the page size
                        + "order by o.organisation.id, o.id", Object[].class)
                .setParameter("org", organisationId)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultStream()
                .map(r -> new OfferExportRow((Long) r[0], (String) r[1], (String) r[2],
                        labels.contractTypes().get((String) r[3]), labels.departements().get((String) r[4]),
                        labels.regions().get((String) r[5]), (OfferStatus) r[6], (Instant) r[7], (Instant) r[8],
                        (LocalDate) r[9], r[10] == null ? null : labels.qualificationLevels().get((String) r[10]),
                        (String) r[11]))
                .toList();
    }

    /** Labels of the referentials an extract shows, by code. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ExportLabels labels() {
        return new ExportLabels(
                map("select c.code, c.label from ContractType c"),
                map("select d.code, d.name from Departement d"),
                map("select r.code, r.name from Region r"),
                map("select q.code, q.label from QualificationLevel q"));
    }

    private Map<String, String> map(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
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
