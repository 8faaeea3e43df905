package fr.bde.mobility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A diploma of the questionnaire: education level (referential code), title, year obtained. */
@Embeddable
public class Diploma {

    public static final int TITLE_MAX = 200;

    @Column(name = "education_level_code", nullable = false, length = 20)
    private String levelCode;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "year_obtained", nullable = false)
    private int year;

    protected Diploma() {
    }

    public Diploma(String levelCode, String title, int year) {
        this.levelCode = levelCode;
        this.title = title;
        this.year = year;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public String getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }
}
