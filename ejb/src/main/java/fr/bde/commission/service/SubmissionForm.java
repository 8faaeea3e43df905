package fr.bde.commission.service;

import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.EmailAddress;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.TalentProfile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A job seeker submitted by an employment partner: who follows them there, identity, contact details. */
public record SubmissionForm(Long contactId, Civility civility, String lastName, String firstName, String email,
                             String phone) implements Serializable {

    public static final int PHONE_MAX = 30;

    /** Field problems, checked before anything is stored. */
    public List<BusinessException> problems() {
        List<BusinessException> problems = new ArrayList<>();
        if (contactId == null) {
            problems.add(new BusinessException("contact", "commission.submission.contact.required"));
        }
        problems.addAll(identityProblems(civility, lastName, firstName, email, phone));
        return problems;
    }

    static List<BusinessException> identityProblems(Civility civility, String lastName, String firstName, String email,
                                                    String phone) {
        List<BusinessException> problems = new ArrayList<>();
        if (civility == null) {
            problems.add(new BusinessException("civility", "commission.civility.required"));
        }
        if (lastName == null || lastName.isBlank()) {
            problems.add(new BusinessException("lastName", "commission.lastName.required"));
        } else if (lastName.strip().length() > TalentProfile.NAME_MAX) {
            problems.add(new BusinessException("lastName", "commission.text.tooLong", TalentProfile.NAME_MAX));
        }
        if (firstName == null || firstName.isBlank()) {
            problems.add(new BusinessException("firstName", "commission.firstName.required"));
        } else if (firstName.strip().length() > TalentProfile.NAME_MAX) {
            problems.add(new BusinessException("firstName", "commission.text.tooLong", TalentProfile.NAME_MAX));
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.strip())) {
            problems.add(new BusinessException("email", "commission.email.invalid"));
        }
        if (phone != null && phone.strip().length() > PHONE_MAX) {
            problems.add(new BusinessException("phone", "commission.text.tooLong", PHONE_MAX));
        }
        return problems;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
