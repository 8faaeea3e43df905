package fr.bde.web.entreprise;

import fr.bde.followup.service.FollowUpSheetService.CandidateName;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** The type-ahead's chosen candidate travels as "id|label"; the service scopes the id anyway. */
@FacesConverter(value = "candidateNameConverter", managed = true)
public class CandidateNameConverter implements Converter<CandidateName> {

    @Override
    public CandidateName getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.contains("|")) {
            return null;
        }
        int bar = value.indexOf('|');
        try {
            return new CandidateName(Long.valueOf(value.substring(0, bar)), value.substring(bar + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CandidateName value) {
        return value == null ? "" : value.profileId() + "|" + value.label();
    }
}
