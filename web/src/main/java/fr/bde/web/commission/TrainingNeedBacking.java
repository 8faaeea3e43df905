package fr.bde.web.commission;

import fr.bde.commission.service.SubmissionRow;
import fr.bde.common.BusinessException;
import fr.bde.common.PageRequest;
import fr.bde.trainingneed.domain.TrainingNeedStatus;
import fr.bde.trainingneed.service.TraineeFileService;
import fr.bde.trainingneed.service.TrainingNeedDetail;
import fr.bde.trainingneed.service.TrainingNeedForm;
import fr.bde.trainingneed.service.TrainingNeedService;
import fr.bde.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One training need (/sar/besoin.xhtml[?id=…]): a company recruiter submits a new one or edits it
 * while the commission has not taken it up, withdraws it, links its trainee files; the commission
 * takes it up or closes it and links candidates of the pool.
 */
@Named
@ViewScoped
public class TrainingNeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "needForm";

    @Inject
    private TrainingNeedService needs;

    @Inject
    private TraineeFileService trainees;

    private Long id;
    private boolean loaded;
    private TrainingNeedDetail detail;
    private String title;
    private String actionCode;
    private String jobCode;
    private String description;
    private Integer places = 1;
    private LocalDate wishedStart;
    private Long candidateId;

    /** viewAction: another company's need answers 404. */
    public void load() {
        if (!loaded && id != null) {
            reload();
        }
        loaded = true;
    }

    private void reload() {
        detail = needs.get(id);
        title = detail.row().title();
        actionCode = detail.actionCode();
        jobCode = detail.jobCode();
        description = detail.description();
        places = detail.row().places();
        wishedStart = detail.row().wishedStart();
    }

    public void save() throws IOException {
        TrainingNeedForm form = new TrainingNeedForm(title, actionCode, jobCode, description, places, wishedStart);
        try {
            if (id == null) {
                Long created = needs.submit(form);
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                Messages.info("commission.need.submitted");
                external.redirect(external.getRequestContextPath() + "/sar/besoin.xhtml?id=" + created);
                return;
            }
            needs.update(id, form);
            reload();
            Messages.info("commission.saved");
        } catch (BusinessException e) {
            Forms.show(FORM, e);
        }
    }

    public void withdraw() {
        run("commission.need.withdrawn", () -> needs.withdraw(id));
    }

    public void takeUp() {
        run("commission.need.takenUp", () -> needs.handle(id, TrainingNeedStatus.IN_PROGRESS));
    }

    public void close() {
        run("commission.need.closed", () -> needs.handle(id, TrainingNeedStatus.CLOSED));
    }

    public void link() {
        run("commission.need.linked", () -> needs.link(id, candidateId));
        candidateId = null;
    }

    public void unlink(Long profileId) {
        run("commission.need.unlinked", () -> needs.unlink(id, profileId));
    }

    private void run(String doneKey, Runnable change) {
        try {
            change.run();
            reload();
            Messages.info(doneKey);
        } catch (BusinessException e) {
            Forms.show("linkForm", e);
        }
    }

    /** A company recruiter's trainee files, to link one to the need. */
    public List<SubmissionRow> getTraineeFiles() {
        return trainees.mine(PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    public boolean isEditable() {
        return detail == null || detail.row().status() == TrainingNeedStatus.SUBMITTED
                || detail.row().status() == TrainingNeedStatus.DRAFT;
    }

    public TrainingNeedDetail getDetail() { return detail; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getActionCode() { return actionCode; }
    public void setActionCode(String actionCode) { this.actionCode = actionCode; }
    public String getJobCode() { return jobCode; }
    public void setJobCode(String jobCode) { this.jobCode = jobCode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Integer getPlaces() { return places; }
    public void setPlaces(Integer places) { this.places = places; }
    public LocalDate getWishedStart() { return wishedStart; }
    public void setWishedStart(LocalDate wishedStart) { this.wishedStart = wishedStart; }
    public Long getCandidateId() { return candidateId; }
    public void setCandidateId(Long candidateId) { this.candidateId = candidateId; }
}
