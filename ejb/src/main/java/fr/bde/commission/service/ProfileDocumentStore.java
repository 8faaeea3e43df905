package fr.bde.commission.service;

import fr.bde.commission.domain.ProfileFileType;
import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.ProfileDocument;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Stores a candidate's document after checking its real type and size. Called only by the
 * commission, partner and company services, which have already checked that the caller may change
 * this profile (it takes the profile, never an id from a request).
 */
@PermitAll
@Stateless
public class ProfileDocumentStore {

    static final int MAX_DOCUMENTS = 20;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Long store(TalentProfile profile, DocumentKind kind, UploadedDocument file) {
        if (kind == null) {
            throw new BusinessException("kind", "commission.document.kind.required");
        }
        if (file == null || file.size() == 0) {
            throw new BusinessException("file", "commission.document.required");
        }
        if (file.size() > ProfileFileType.MAX_SIZE) {
            throw new BusinessException("file", "commission.document.tooLarge");
        }
        ProfileFileType type = ProfileFileType.detect(file.content())
                .orElseThrow(() -> new BusinessException("file", "commission.document.badType"));
        long count = em.createQuery("select count(d) from ProfileDocument d where d.profile = :profile", Long.class)
                .setParameter("profile", profile).getSingleResult();
        if (count >= MAX_DOCUMENTS) {
            throw new BusinessException("file", "commission.document.tooMany", MAX_DOCUMENTS);
        }
        ProfileDocument document = new ProfileDocument(profile, kind, file.safeFileName(), type.getMediaType(),
                file.content(), clock.instant());
        em.persist(document);
        return document.getId();
    }

    /** Documents of a profile without their bytes, CV first. */
    public List<DocumentRow> list(Long profileId) {
        return em.createQuery("select new fr.bde.commission.service.DocumentRow(d.id, d.kind, d.fileName, d.uploadedAt) "
                        + "from ProfileDocument d where d.profile.id = :id order by d.kind, d.uploadedAt desc, d.id desc",
                        DocumentRow.class)
                .setParameter("id", profileId).getResultList();
    }
}
