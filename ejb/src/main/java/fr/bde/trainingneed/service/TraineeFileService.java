package fr.bde.trainingneed.service;

import fr.bde.commission.service.ContactForm;
import fr.bde.commission.service.DocumentRow;
import fr.bde.commission.service.FormRejectedException;
import fr.bde.commission.service.ProfileDocumentStore;
import fr.bde.commission.service.SarMembers;
import fr.bde.commission.service.SubmissionRow;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.security.domain.Role;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.EmploymentArea;
import fr.bde.talentpool.domain.SubmissionStatus;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Trainees proposed by a company outside the pool (seed 002, menu entries 5 and 6: propose a trainee by
 * creating a candidate file, then finalise the files): the
 * file is a draft the company completes (contact details, CV) and then finalises, which hands it to
 * the commission like a partner's submission. A company sees its own trainee files only.
 */
@Stateless
@RolesAllowed(Role.Names.COMPANY_RECRUITER)
public class TraineeFileService {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SarMembers members;

    @Inject
    private ProfileDocumentStore documents;

    @Inject
    private TrainingNeedService needs;

    /** Creates the draft file, linked to one of the company's training needs when one is given. */
    public Long propose(ContactForm form, Long needId) {
        FormRejectedException.throwIfAny(form.problems());
        checkArea(form.areaCode());
        Company company = members.currentCompany();
        TalentProfile profile = TalentProfile.proposedBy(company, form.civility(), form.lastName(), form.firstName(),
                clock.instant());
        contact(profile, form);
        em.persist(profile);
        em.flush();
        if (needId != null) {
            needs.link(needId, profile.getId());
        }
        return profile.getId();
    }

    public void update(Long id, ContactForm form) {
        FormRejectedException.throwIfAny(form.problems());
        checkArea(form.areaCode());
        TalentProfile profile = draft(id);
        profile.rename(form.civility(), form.lastName(), form.firstName());
        contact(profile, form);
    }

    public Long addDocument(Long id, DocumentKind kind, UploadedDocument file) {
        return documents.store(draft(id), kind, file);
    }

    /** The company's trainee files, drafts first. */
    public Page<SubmissionRow> mine(PageRequest page) {
        Company company = members.currentCompany();
        List<SubmissionRow> rows = em.createQuery("select new fr.bde.commission.service.SubmissionRow(p.id, p.civility, "
                        + "p.lastName, p.firstName, p.origin, c.name, null, p.submissionStatus, p.submittedAt, "
                        + "p.classification, p.classifiedAt) from TalentProfile p join p.proposingCompany c "
                        + "where c = :company order by case when p.submissionStatus = :draft then 0 else 1 end, "
                        + "p.submittedAt desc, p.id desc", SubmissionRow.class)
                .setParameter("company", company).setParameter("draft", SubmissionStatus.DRAFT)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(p) from TalentProfile p where p.proposingCompany = :company", Long.class)
                .setParameter("company", company).getSingleResult();
        return new Page<>(rows, total);
    }

    public TraineeFile get(Long id) {
        TalentProfile p = mine(id);
        ContactForm contact = new ContactForm(p.getCivility(), p.getLastName(), p.getFirstName(), p.getEmail(),
                p.getPhone(), p.getStreetNumber(), p.getStreet(), p.getPostcode(), p.getCity(), p.getAreaCode());
        List<DocumentRow> files = documents.list(p.getId());
        return new TraineeFile(p.getId(), p.getSubmissionStatus(), p.getSubmittedAt(), contact, files);
    }

    /**
     * Hands the draft to the commission: it needs a way to reach the candidate (e-mail or phone), the
     * employment area and a CV.
     */
    public void finalise(Long id) {
        TalentProfile profile = draft(id);
        List<BusinessException> problems = new java.util.ArrayList<>();
        if (profile.getEmail() == null && profile.getPhone() == null) {
            problems.add(new BusinessException("email", "commission.trainee.reach.required"));
        }
        if (profile.getAreaCode() == null) {
            problems.add(new BusinessException("area", "commission.trainee.area.required"));
        }
        if (documents.list(profile.getId()).stream().noneMatch(d -> d.kind() == DocumentKind.CV)) {
            problems.add(new BusinessException("file", "commission.trainee.cv.required"));
        }
        FormRejectedException.throwIfAny(problems);
        // the model's factory makes drafts; a finalised file is submitted like a partner's, from now
        em.createQuery("update TalentProfile p set p.submissionStatus = :submitted, p.submittedAt = :now, "
                        + "p.version = p.version + 1 where p.id = :id and p.submissionStatus = :draft")
                .setParameter("submitted", SubmissionStatus.SUBMITTED).setParameter("now", clock.instant())
                .setParameter("id", profile.getId()).setParameter("draft", SubmissionStatus.DRAFT).executeUpdate();
        em.refresh(profile);
    }

    private void contact(TalentProfile profile, ContactForm form) {
        profile.changeContactDetails(blankToNull(form.email()), blankToNull(form.phone()), blankToNull(form.streetNumber()),
                blankToNull(form.street()), blankToNull(form.postcode()), blankToNull(form.city()), form.areaCode());
    }

    private void checkArea(String areaCode) {
        if (areaCode != null && em.find(EmploymentArea.class, areaCode) == null) {
            throw new BusinessException("area", "commission.area.unknown");
        }
    }

    private TalentProfile mine(Long id) {
        TalentProfile profile = id == null ? null : em.find(TalentProfile.class, id);
        if (profile == null || profile.getProposingCompany() == null
                || !profile.getProposingCompany().equals(members.currentCompany())) {
            throw new NotFoundException("commission.profile.notFound");
        }
        return profile;
    }

    private TalentProfile draft(Long id) {
        TalentProfile profile = mine(id);
        if (profile.getSubmissionStatus() != SubmissionStatus.DRAFT) {
            throw new BusinessException("commission.trainee.alreadyFinalised");
        }
        return profile;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
