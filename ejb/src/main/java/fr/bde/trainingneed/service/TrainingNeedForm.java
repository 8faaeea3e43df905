package fr.bde.trainingneed.service;

import fr.bde.common.BusinessException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A company's pre-recruitment training need: the ADC action or the job aimed at, places, wished start. */
public record TrainingNeedForm(String title, String actionCode, String jobCode, String description, Integer places,
                               LocalDate wishedStart) implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PLACES_MAX = 50;

    public List<BusinessException> problems(LocalDate today) {
        List<BusinessException> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new BusinessException("title", "commission.need.title.required"));
        } else if (title.strip().length() > TITLE_MAX) {
            problems.add(new BusinessException("title", "commission.text.tooLong", TITLE_MAX));
        }
        if (actionCode == null && jobCode == null) {
            problems.add(new BusinessException("action", "commission.need.actionOrJob.required"));
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            problems.add(new BusinessException("description", "commission.text.tooLong", DESCRIPTION_MAX));
        }
        if (places == null || places < 1 || places > PLACES_MAX) {
            problems.add(new BusinessException("places", "commission.need.places.invalid", PLACES_MAX));
        }
        if (wishedStart != null && wishedStart.isBefore(today)) {
            problems.add(new BusinessException("wishedStart", "commission.need.wishedStart.past"));
        }
        return problems;
    }
}
