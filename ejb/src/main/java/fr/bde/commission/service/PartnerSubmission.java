package fr.bde.commission.service;

import java.io.Serializable;
import java.util.List;

/** What a partner sees of its submission: where it stands, the contact details it gave, the documents. */
public record PartnerSubmission(SubmissionRow row, String email, String phone, List<DocumentRow> documents)
        implements Serializable {
}
