package fr.bde.web.candidate;

import fr.bde.privacy.service.CandidateData;
import fr.bde.privacy.service.CandidatePrivacyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The candidate's data page (/espace/candidat/donnees.xhtml): everything held about the candidate, readable. */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    private CandidatePrivacyService privacy;

    private CandidateData data;

    public CandidateData getData() {
        if (data == null) {
            data = privacy.data();
        }
        return data;
    }
}
