package fr.bde.followup.domain;

import java.time.LocalDate;

/** The "Suivi recrutement" section: start date, contract (with its end for fixed-term ones), state. */
public record SheetRecruitment(LocalDate recruitedOn, RecruitmentContract contract, LocalDate contractEndsOn,
                               RecruitmentState state) {

    public static final SheetRecruitment NONE = new SheetRecruitment(null, null, null, null);

    /** Complete: date, contract, state, and the end date when the contract is fixed-term. */
    public boolean isComplete() {
        return recruitedOn != null && contract != null && state != null
                && (!contract.isFixedTerm() || contractEndsOn != null);
    }

    public boolean isEmpty() {
        return recruitedOn == null && contract == null && contractEndsOn == null && state == null;
    }
}
