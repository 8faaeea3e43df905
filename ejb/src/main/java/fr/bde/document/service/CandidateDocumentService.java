package fr.bde.document.service;

import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.document.domain.CandidateDocument;
import fr.bde.document.domain.DocumentRules;
import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * "Mes documents": a candidate's saved CVs, cover letters and other pieces. Every method works on
 * the caller's own documents only; another candidate's document is "not found", whatever its id.
 */
@Stateless
@RolesAllowed(Role.Names.CANDIDATE)
public class CandidateDocumentService {

    static final String ROW = "select new fr.bde.document.service.DocumentRow(d.id, d.kind, d.fileName, d.contentType, "
            + "d.sizeBytes, d.uploadedAt) from CandidateDocument d ";

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    public List<DocumentRow> mine() {
        return em.createQuery(ROW + "where d.candidate = :me order by d.kind, d.uploadedAt desc, d.id desc",
                DocumentRow.class).setParameter("me", users.currentUser()).getResultList();
    }

    public CandidateDocument add(DocumentKind kind, UploadedDocument file) {
        if (kind == null) {
            throw new BusinessException("kind", "documents.kind.required");
        }
        DocumentRules.check(kind, file, "file").ifPresent(problem -> {
            throw problem;
        });
        AppUser me = users.currentUser();
        if (count(em, me) >= DocumentKind.MAX_SAVED) {
            throw new BusinessException("file", "documents.tooMany", DocumentKind.MAX_SAVED);
        }
        CandidateDocument document = new CandidateDocument(me, kind, file.safeFileName(), DocumentRules.typeOf(file),
                file.content(), clock.instant());
        em.persist(document);
        return document;
    }

    /** A new file for one of the caller's documents; applications already sent keep their own copy. */
    public CandidateDocument replace(Long id, UploadedDocument file) {
        CandidateDocument document = get(id);
        DocumentRules.check(document.getKind(), file, "replacement").ifPresent(problem -> {
            throw problem;
        });
        document.replace(file.safeFileName(), DocumentRules.typeOf(file), file.content(), clock.instant());
        return document;
    }

    /** Deletes one of the caller's documents; applications already sent keep their own copy. */
    public void delete(Long id) {
        em.remove(get(id));
    }

    /** One of the caller's documents, content included. */
    public CandidateDocument get(Long id) {
        AppUser me = users.currentUser();
        CandidateDocument document = id == null ? null : em.find(CandidateDocument.class, id);
        if (document == null || !document.isOwnedBy(me)) {
            throw new NotFoundException("documents.notFound");
        }
        return document;
    }

    static long count(EntityManager em, AppUser candidate) {
        return em.createQuery("select count(d) from CandidateDocument d where d.candidate = :me", Long.class)
                .setParameter("me", candidate).getSingleResult();
    }
}
