package fr.bde.mobility.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mobility questionnaire as filled in (ADD or hors ADD), and its rules: {@link #problems}
 * lists every missing or wrong answer with the field it belongs to, so the screen shows them all
 * beside their fields at once.
 */
public class WishForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int JOB_MAX = 200;
    public static final int LEVEL_MAX = 100;
    public static final int LONG_TEXT_MAX = 2000;
    public static final int TARGET_JOBS_MAX = 1000;
    public static final int DIPLOMA_ROWS = 3;
    public static final int FIRST_DIPLOMA_YEAR = 1950;

    /** A refused answer: the form field and the message key. */
    public record Problem(String field, String key) {
    }

    /** One diploma line of the form; a line left empty is ignored, a line half filled is refused. */
    public static class DiplomaLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String levelCode;
        private String title;
        private Integer year;

        public DiplomaLine() {
        }

        public DiplomaLine(String levelCode, String title, Integer year) {
            this.levelCode = levelCode;
            this.title = title;
            this.year = year;
        }

        boolean isEmpty() {
            return blank(levelCode) && blank(title) && year == null;
        }

        public String getLevelCode() {
            return levelCode;
        }

        public void setLevelCode(String levelCode) {
            this.levelCode = levelCode;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }
    }

    private Long id;
    private WishKind kind;
    private String lastName;
    private String firstName;
    private String email;
    private String phone;
    private Long organisationId;
    private String branchCode;
    private String schemeCode;
    private String currentJob;
    private String currentLevel;
    private StaffCategory staffCategory;
    private List<DiplomaLine> diplomas = new ArrayList<>();
    private String trainings;
    private String jobsHeld;
    private String targetJobs;
    private Set<ExecutiveFunction> targetFunctions = EnumSet.noneOf(ExecutiveFunction.class);
    private Set<String> wantedBranches = new LinkedHashSet<>();
    private Set<String> wantedSchemes = new LinkedHashSet<>();
    private Set<String> wantedRegions = new LinkedHashSet<>();
    private Set<String> wantedDepartements = new LinkedHashSet<>();
    private LocalDate availableFrom;
    private boolean visibleOutsideGeneralScheme;

    public WishForm() {
    }

    public WishForm(WishKind kind) {
        this.kind = kind;
        for (int i = 0; i < DIPLOMA_ROWS; i++) {
            diplomas.add(new DiplomaLine());
        }
    }

    /** Every problem of the answers, in the order of the form; empty when the wish may be recorded. */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem(null, "mobility.form.kind.required"));
            return problems;
        }
        required(problems, "lastName", lastName, NAME_MAX);
        required(problems, "firstName", firstName, NAME_MAX);
        required(problems, "email", email, EMAIL_MAX);
        if (!blank(email) && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new Problem("email", "mobility.form.email.invalid"));
        }
        optional(problems, "phone", phone, PHONE_MAX);
        if (organisationId == null) {
            problems.add(new Problem("organisation", "mobility.form.organisation.required"));
        }
        if (blank(branchCode)) {
            problems.add(new Problem("branch", "mobility.form.branch.required"));
        }
        if (blank(schemeCode)) {
            problems.add(new Problem("scheme", "mobility.form.scheme.required"));
        }
        required(problems, "currentJob", currentJob, JOB_MAX);
        required(problems, "currentLevel", currentLevel, LEVEL_MAX);
        if (kind == WishKind.STAFF && staffCategory == null) {
            problems.add(new Problem("staffCategory", "mobility.form.staffCategory.required"));
        }
        diplomaProblems(problems, today);
        optional(problems, "trainings", trainings, LONG_TEXT_MAX);
        optional(problems, "jobsHeld", jobsHeld, LONG_TEXT_MAX);
        required(problems, "targetJobs", targetJobs, TARGET_JOBS_MAX);
        if (kind == WishKind.EXECUTIVE && (targetFunctions == null || targetFunctions.isEmpty())) {
            problems.add(new Problem("targetFunctions", "mobility.form.targetFunctions.required"));
        }
        if (isEmpty(wantedRegions) && isEmpty(wantedDepartements)) {
            problems.add(new Problem("wantedRegions", "mobility.form.places.required"));
        }
        if (availableFrom == null) {
            problems.add(new Problem("availableFrom", "mobility.form.availableFrom.required"));
        } else if (availableFrom.isBefore(today.minusDays(1)) || availableFrom.isAfter(today.plusYears(3))) {
            problems.add(new Problem("availableFrom", "mobility.form.availableFrom.range"));
        }
        // being seen by RSI / MSA recruiters is the owner's choice: wanting only their schemes without it reaches nobody
        if (!visibleOutsideGeneralScheme && !isEmpty(wantedSchemes) && !wantedSchemes.contains("GENERAL")) {
            problems.add(new Problem("visibleOutsideGeneralScheme", "mobility.form.optIn.required"));
        }
        return problems;
    }

    private void diplomaProblems(List<Problem> problems, LocalDate today) {
        List<DiplomaLine> lines = diplomas == null ? List.of() : diplomas;
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            DiplomaLine line = lines.get(i);
            if (line == null || line.isEmpty()) {
                continue;
            }
            any = true;
            String prefix = "diploma" + i;
            if (blank(line.levelCode)) {
                problems.add(new Problem(prefix + "Level", "mobility.form.diploma.level.required"));
            }
            required(problems, prefix + "Title", line.title, Diploma.TITLE_MAX);
            if (line.year == null) {
                problems.add(new Problem(prefix + "Year", "mobility.form.diploma.year.required"));
            } else if (line.year < FIRST_DIPLOMA_YEAR || line.year > today.getYear()) {
                problems.add(new Problem(prefix + "Year", "mobility.form.diploma.year.range"));
            }
        }
        if (!any) {
            problems.add(new Problem("diploma0Level", "mobility.form.diploma.required"));
        }
    }

    /** The diploma lines actually filled in. */
    public List<DiplomaLine> filledDiplomas() {
        return diplomas == null ? List.of() : diplomas.stream().filter(d -> d != null && !d.isEmpty()).toList();
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new Problem(field, "mobility.form." + field.replaceAll("\\d", "") + ".required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "mobility.form.tooLong"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isEmpty(Set<?> set) {
        return set == null || set.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WishKind getKind() {
        return kind;
    }

    public void setKind(WishKind kind) {
        this.kind = kind;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public void setSchemeCode(String schemeCode) {
        this.schemeCode = schemeCode;
    }

    public String getCurrentJob() {
        return currentJob;
    }

    public void setCurrentJob(String currentJob) {
        this.currentJob = currentJob;
    }

    public String getCurrentLevel() {
        return currentLevel;
    }

    public void setCurrentLevel(String currentLevel) {
        this.currentLevel = currentLevel;
    }

    public StaffCategory getStaffCategory() {
        return staffCategory;
    }

    public void setStaffCategory(StaffCategory staffCategory) {
        this.staffCategory = staffCategory;
    }

    public List<DiplomaLine> getDiplomas() {
        return diplomas;
    }

    public void setDiplomas(List<DiplomaLine> diplomas) {
        this.diplomas = diplomas;
    }

    public String getTrainings() {
        return trainings;
    }

    public void setTrainings(String trainings) {
        this.trainings = trainings;
    }

    public String getJobsHeld() {
        return jobsHeld;
    }

    public void setJobsHeld(String jobsHeld) {
        this.jobsHeld = jobsHeld;
    }

    public String getTargetJobs() {
        return targetJobs;
    }

    public void setTargetJobs(String targetJobs) {
        this.targetJobs = targetJobs;
    }

    public Set<ExecutiveFunction> getTargetFunctions() {
        return targetFunctions;
    }

    public void setTargetFunctions(Set<ExecutiveFunction> targetFunctions) {
        this.targetFunctions = targetFunctions;
    }

    public Set<String> getWantedBranches() {
        return wantedBranches;
    }

    public void setWantedBranches(Set<String> wantedBranches) {
        this.wantedBranches = wantedBranches;
    }

    public Set<String> getWantedSchemes() {
        return wantedSchemes;
    }

    public void setWantedSchemes(Set<String> wantedSchemes) {
        this.wantedSchemes = wantedSchemes;
    }

    public Set<String> getWantedRegions() {
        return wantedRegions;
    }

    public void setWantedRegions(Set<String> wantedRegions) {
        this.wantedRegions = wantedRegions;
    }

    public Set<String> getWantedDepartements() {
        return wantedDepartements;
    }

    public void setWantedDepartements(Set<String> wantedDepartements) {
        this.wantedDepartements = wantedDepartements;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public boolean isVisibleOutsideGeneralScheme() {
        return visibleOutsideGeneralScheme;
    }

    public void setVisibleOutsideGeneralScheme(boolean visibleOutsideGeneralScheme) {
        this.visibleOutsideGeneralScheme = visibleOutsideGeneralScheme;
    }
}
