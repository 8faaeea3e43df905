package fr.bde.web.mobility;

import fr.bde.common.BusinessException;
import fr.bde.mobility.domain.ExecutiveFunction;
import fr.bde.mobility.domain.StaffCategory;
import fr.bde.mobility.domain.WishForm;
import fr.bde.mobility.domain.WishKind;
import fr.bde.mobility.service.MobilityWishService;
import fr.bde.mobility.service.WishRejectedException;
import fr.bde.referential.domain.Scheme;
import fr.bde.referential.service.ReferentialService;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The mobility questionnaire (/espace/candidat/souhait.xhtml): "?nature=ADD" or "?nature=HORS_ADD"
 * records a new wish (or opens the one of that kind already recorded), "?id=" changes one.
 */
@Named
@ViewScoped
public class WishQuestionnaireBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "wishForm";

    @Inject
    private MobilityWishService wishes;

    @Inject
    private ReferentialService referentials;

    private String nature;
    private Long id;
    private WishForm form;

    /** Loads the wish to change, the wish of that kind already recorded, or a blank questionnaire. */
    public void load() {
        if (form != null) {
            return;
        }
        if (id != null) {
            form = wishes.get(id);
            return;
        }
        WishKind kind = "ADD".equals(nature) ? WishKind.EXECUTIVE : WishKind.STAFF;
        WishForm current = wishes.current(kind);
        form = current != null ? current : wishes.blank(kind);
    }

    public String save() throws IOException {
        boolean created = form.getId() == null;
        try {
            form.setId(wishes.save(form));
        } catch (WishRejectedException e) {
            e.getProblems().forEach(problem -> Messages.error(problem.field() == null ? null : FORM + ":" + problem.field(),
                    problem.key()));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(created ? "mobility.form.recorded" : "mobility.form.changed");
        return "/espace/candidat/mobilite?faces-redirect=true";
    }

    public boolean isExecutive() {
        return form != null && form.getKind() == WishKind.EXECUTIVE;
    }

    public List<Scheme> getSchemes() {
        return referentials.schemes();
    }

    public ExecutiveFunction[] getExecutiveFunctions() {
        return ExecutiveFunction.values();
    }

    public StaffCategory[] getStaffCategories() {
        return StaffCategory.values();
    }

    public List<Integer> getDiplomaRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < WishForm.DIPLOMA_ROWS; i++) {
            rows.add(i);
        }
        return rows;
    }

    /** The targeted executive functions by name (a multiple select gives strings, not enum constants). */
    public List<String> getTargetFunctionNames() {
        return form.getTargetFunctions().stream().map(Enum::name).toList();
    }

    public void setTargetFunctionNames(List<String> names) {
        java.util.Set<ExecutiveFunction> functions = java.util.EnumSet.noneOf(ExecutiveFunction.class);
        if (names != null) {
            names.forEach(n -> functions.add(ExecutiveFunction.valueOf(n)));
        }
        form.setTargetFunctions(functions);
    }

    public WishForm getForm() {
        return form;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
