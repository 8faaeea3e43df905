package fr.bde.web.entreprise;

import fr.bde.common.BusinessException;
import fr.bde.common.HtmlSanitizer;
import fr.bde.followup.domain.RecruitmentContract;
import fr.bde.followup.domain.RecruitmentState;
import fr.bde.followup.domain.RejectionCause;
import fr.bde.followup.domain.SheetAction;
import fr.bde.followup.domain.SheetEdit;
import fr.bde.followup.domain.SheetRecruitment;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.service.FollowUpSheetService;
import fr.bde.followup.service.SheetRejectedException;
import fr.bde.followup.service.SheetView;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** A follow-up sheet (/entreprise/fiche.xhtml?id=…): 4 sections, status and dates computed by the service. */
@Named
@ViewScoped
public class SheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sheetForm";

    @Inject
    private FollowUpSheetService sheets;

    private Long id;
    private SheetView sheet;

    private List<SheetAction> actions = new ArrayList<>();
    private SheetResult result;
    private boolean noResponse;
    private String comment;
    private List<RejectionCause> rejectionCauses = new ArrayList<>();
    private LocalDate recruitedOn;
    private RecruitmentContract contract;
    private LocalDate contractEndsOn;
    private RecruitmentState recruitmentState;

    public void load() {
        show(sheets.sheet(id));
    }

    private void show(SheetView view) {
        sheet = view;
        actions = new ArrayList<>(view.actions());
        result = view.result();
        noResponse = view.noResponse();
        comment = view.comment();
        rejectionCauses = new ArrayList<>(view.rejectionCauses());
        recruitedOn = view.recruitment().recruitedOn();
        contract = view.recruitment().contract();
        contractEndsOn = view.recruitment().contractEndsOn();
        recruitmentState = view.recruitment().state();
    }

    public void save() {
        String cleanComment = comment == null || comment.isBlank() ? null : HtmlSanitizer.toPlainText(comment);
        SheetEdit edit = new SheetEdit(actions.isEmpty() ? EnumSet.noneOf(SheetAction.class) : EnumSet.copyOf(actions),
                result, noResponse, cleanComment,
                rejectionCauses.isEmpty() ? EnumSet.noneOf(RejectionCause.class) : EnumSet.copyOf(rejectionCauses),
                new SheetRecruitment(recruitedOn, contract, contractEndsOn, recruitmentState));
        try {
            show(sheets.update(id, sheet.version(), edit));
            Messages.info("sar.sheet.saved");
        } catch (SheetRejectedException e) {
            e.getViolations().forEach(v -> {
                Messages.error(FORM + ":" + v.field(), v.messageKey());
                Messages.error(null, v.messageKey());
            });
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            Messages.error(FORM, e);
        }
    }

    public void abandon() {
        try {
            show(sheets.abandon(id, sheet.version()));
            Messages.info("sar.sheet.abandoned");
        } catch (BusinessException e) {
            Messages.error(FORM, e);
        }
    }

    public boolean isNotEmployable() {
        return result != null && result.requiresRejectionCause();
    }

    public boolean isRecruitment() {
        return result == SheetResult.RECRUITMENT;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SheetView getSheet() { return sheet; }
    public List<SheetAction> getActions() { return actions; }
    public void setActions(List<SheetAction> actions) { this.actions = actions; }
    public SheetResult getResult() { return result; }
    public void setResult(SheetResult result) { this.result = result; }
    public boolean isNoResponse() { return noResponse; }
    public void setNoResponse(boolean noResponse) { this.noResponse = noResponse; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public List<RejectionCause> getRejectionCauses() { return rejectionCauses; }
    public void setRejectionCauses(List<RejectionCause> rejectionCauses) { this.rejectionCauses = rejectionCauses; }
    public LocalDate getRecruitedOn() { return recruitedOn; }
    public void setRecruitedOn(LocalDate recruitedOn) { this.recruitedOn = recruitedOn; }
    public RecruitmentContract getContract() { return contract; }
    public void setContract(RecruitmentContract contract) { this.contract = contract; }
    public LocalDate getContractEndsOn() { return contractEndsOn; }
    public void setContractEndsOn(LocalDate contractEndsOn) { this.contractEndsOn = contractEndsOn; }
    public RecruitmentState getRecruitmentState() { return recruitmentState; }
    public void setRecruitmentState(RecruitmentState recruitmentState) { this.recruitmentState = recruitmentState; }
}
