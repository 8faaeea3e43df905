package fr.bde.commission.service;

import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.security.domain.Role;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.Partner;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.PartnerMember;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * An employment partner (role PARTNER): submits job seekers to the commission, each followed by one
 * of its contact points, and follows its own submissions only; another partner's file is "not found".
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER)
public class PartnerService {

    private static final Map<String, String> SORTS = Map.of("submittedAt", "p.submittedAt", "lastName", "p.searchName",
            "status", "p.submissionStatus", "classifiedAt", "p.classifiedAt");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SarMembers members;

    @Inject
    private ProfileDocumentStore documents;

    /** The partner's active contact points; the caller's own contact first. */
    public List<PartnerContact> contacts() {
        PartnerMember member = members.currentPartnerMember();
        List<PartnerContact> contacts = em.createQuery("select c from PartnerContact c where c.partner = :partner "
                + "and c.active = true order by c.name", PartnerContact.class)
                .setParameter("partner", member.getPartner()).getResultList();
        if (member.getContact() == null) {
            return contacts;
        }
        Long own = member.getContact().getId();
        return contacts.stream().sorted((a, b) -> Boolean.compare(!a.getId().equals(own), !b.getId().equals(own))).toList();
    }

    /** Submits a job seeker, with an optional CV checked like any profile document. */
    public Long submit(SubmissionForm form, UploadedDocument cv) {
        FormRejectedException.throwIfAny(form.problems());
        Partner partner = members.currentPartner();
        PartnerContact contact = em.find(PartnerContact.class, form.contactId());
        if (contact == null || !contact.isActive() || !contact.getPartner().getId().equals(partner.getId())) {
            throw new BusinessException("contact", "commission.submission.contact.unknown");
        }
        TalentProfile profile = TalentProfile.submittedBy(contact, form.civility(), form.lastName(), form.firstName(),
                clock.instant());
        profile.changeContactDetails(SubmissionForm.blankToNull(form.email()), SubmissionForm.blankToNull(form.phone()),
                null, null, null, null, null);
        em.persist(profile);
        if (cv != null && cv.size() > 0) {
            documents.store(profile, DocumentKind.CV, cv);
        }
        return profile.getId();
    }

    /** The partner's own submissions, newest first. */
    public Page<SubmissionRow> mine(PageRequest page) {
        Partner partner = members.currentPartner();
        List<SubmissionRow> rows = em.createQuery("select new fr.bde.commission.service.SubmissionRow(p.id, p.civility, "
                        + "p.lastName, p.firstName, p.origin, pa.name, pc.name, p.submissionStatus, p.submittedAt, "
                        + "p.classification, p.classifiedAt) from TalentProfile p join p.partner pa left join p.partnerContact pc "
                        + "where pa = :partner order by " + page.orderBy(SORTS, "p.submittedAt") + ", p.id desc",
                        SubmissionRow.class)
                .setParameter("partner", partner)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(p) from TalentProfile p where p.partner = :partner", Long.class)
                .setParameter("partner", partner).getSingleResult();
        return new Page<>(rows, total);
    }

    /** One of the partner's submissions with its documents. */
    public PartnerSubmission get(Long id) {
        TalentProfile profile = mine(id);
        SubmissionRow row = new SubmissionRow(profile.getId(), profile.getCivility(), profile.getLastName(),
                profile.getFirstName(), profile.getOrigin(), profile.getPartner().getName(),
                profile.getPartnerContact() == null ? null : profile.getPartnerContact().getName(),
                profile.getSubmissionStatus(), profile.getSubmittedAt(), profile.getClassification(),
                profile.getClassifiedAt());
        return new PartnerSubmission(row, profile.getEmail(), profile.getPhone(), documents.list(profile.getId()));
    }

    /** Adds a document (CV, diploma, letter…) to one of the partner's submissions. */
    public Long addDocument(Long id, DocumentKind kind, UploadedDocument file) {
        return documents.store(mine(id), kind, file);
    }

    private TalentProfile mine(Long id) {
        TalentProfile profile = id == null ? null : em.find(TalentProfile.class, id);
        if (profile == null || profile.getPartner() == null
                || !profile.getPartner().getId().equals(members.currentPartner().getId())) {
            throw new NotFoundException("commission.profile.notFound");
        }
        return profile;
    }
}
