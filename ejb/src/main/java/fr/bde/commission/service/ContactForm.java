package fr.bde.commission.service;

import fr.bde.common.BusinessException;
import fr.bde.talentpool.domain.Civility;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Section 1 of the profile (the candidate's contact details), with the identity and the employment area. */
public record ContactForm(Civility civility, String lastName, String firstName, String email, String phone,
                          String streetNumber, String street, String postcode, String city, String areaCode)
        implements Serializable {

    public List<BusinessException> problems() {
        List<BusinessException> problems = new ArrayList<>(
                SubmissionForm.identityProblems(civility, lastName, firstName, email, phone));
        tooLong(problems, "streetNumber", streetNumber, 10);
        tooLong(problems, "street", street, 200);
        if (postcode != null && !postcode.isBlank() && !postcode.strip().matches("\\d{5}")) {
            problems.add(new BusinessException("postcode", "commission.postcode.invalid"));
        }
        tooLong(problems, "city", city, 100);
        return problems;
    }

    static void tooLong(List<BusinessException> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new BusinessException(field, "commission.text.tooLong", max));
        }
    }
}
