package fr.bde.mobility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The questionnaire's rules: each wrong or missing answer refused beside its field. */
class WishFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static WishForm valid(WishKind kind) {
        WishForm form = new WishForm(kind);
        form.setLastName("Durand");
        form.setFirstName("Camille");
        form.setEmail("camille.durand@example.org");
        form.setOrganisationId(1L);
        form.setBranchCode("MALADIE");
        form.setSchemeCode("GENERAL");
        form.setCurrentJob("Responsable comptable");
        form.setCurrentLevel("Niveau 6");
        form.setStaffCategory(StaffCategory.MANAGER);
        form.getDiplomas().set(0, new WishForm.DiplomaLine("BAC5", "Master comptabilité", 2010));
        form.setTargetJobs("Directeur comptable et financier");
        form.setTargetFunctions(EnumSet.of(ExecutiveFunction.DEPUTY_DIRECTOR));
        form.setWantedRegions(Set.of("11"));
        form.setAvailableFrom(TODAY.plusMonths(2));
        return form;
    }

    static String problems(WishForm form) {
        return form.problems(TODAY).stream().map(p -> p.field() + "=" + p.key()).collect(Collectors.joining(" "));
    }

    @Test
    void aCompleteQuestionnaireHasNoProblem() {
        assertEquals("", problems(valid(WishKind.EXECUTIVE)));
        assertEquals("", problems(valid(WishKind.STAFF)));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "EXECUTIVE | lastName blank          | lastName=mobility.form.lastName.required",
            "STAFF     | email invalid           | email=mobility.form.email.invalid",
            "STAFF     | organisation missing    | organisation=mobility.form.organisation.required",
            "STAFF     | current job blank       | currentJob=mobility.form.currentJob.required",
            "STAFF     | level blank             | currentLevel=mobility.form.currentLevel.required",
            "STAFF     | no staff category       | staffCategory=mobility.form.staffCategory.required",
            "EXECUTIVE | no staff category       | ''",
            "STAFF     | no diploma              | diploma0Level=mobility.form.diploma.required",
            "STAFF     | diploma without year    | diploma0Year=mobility.form.diploma.year.required",
            "STAFF     | diploma of the future   | diploma0Year=mobility.form.diploma.year.range",
            "STAFF     | second line half filled | diploma1Level=mobility.form.diploma.level.required",
            "STAFF     | target jobs blank       | targetJobs=mobility.form.targetJobs.required",
            "EXECUTIVE | no target function      | targetFunctions=mobility.form.targetFunctions.required",
            "STAFF     | no target function      | ''",
            "STAFF     | no place wanted         | wantedRegions=mobility.form.places.required",
            "STAFF     | only a departement      | ''",
            "STAFF     | availability missing    | availableFrom=mobility.form.availableFrom.required",
            "STAFF     | availability past       | availableFrom=mobility.form.availableFrom.range",
            "STAFF     | only MSA, no opt-in     | visibleOutsideGeneralScheme=mobility.form.optIn.required",
            "STAFF     | only MSA, opted in      | ''",
            "STAFF     | name too long           | lastName=mobility.form.tooLong",
    })
    void eachProblemIsReportedOnItsField(WishKind kind, String change, String expected) {
        WishForm form = valid(kind);
        CHANGES.stream().filter(c -> c.name.equals(change)).findFirst().orElseThrow().apply.accept(form);
        assertEquals(expected, problems(form));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        List<WishForm.Problem> problems = new WishForm(WishKind.EXECUTIVE).problems(TODAY);
        assertTrue(problems.size() >= 10, problems.toString());
    }

    record Change(String name, Consumer<WishForm> apply) {
    }

    static final List<Change> CHANGES = List.of(
            new Change("lastName blank", f -> f.setLastName(" ")),
            new Change("email invalid", f -> f.setEmail("camille.example.org")),
            new Change("organisation missing", f -> f.setOrganisationId(null)),
            new Change("current job blank", f -> f.setCurrentJob("")),
            new Change("level blank", f -> f.setCurrentLevel(null)),
            new Change("no staff category", f -> f.setStaffCategory(null)),
            new Change("no diploma", f -> f.getDiplomas().set(0, new WishForm.DiplomaLine())),
            new Change("diploma without year", f -> f.getDiplomas().get(0).setYear(null)),
            new Change("diploma of the future", f -> f.getDiplomas().get(0).setYear(2027)),
            new Change("second line half filled", f -> f.getDiplomas().set(1, new WishForm.DiplomaLine(null, "BTS", 2001))),
            new Change("target jobs blank", f -> f.setTargetJobs(" ")),
            new Change("no target function", f -> f.setTargetFunctions(EnumSet.noneOf(ExecutiveFunction.class))),
            new Change("no place wanted", f -> f.setWantedRegions(Set.of())),
            new Change("only a departement", f -> {
                f.setWantedRegions(Set.of());
                f.setWantedDepartements(Set.of("75"));
            }),
            new Change("availability missing", f -> f.setAvailableFrom(null)),
            new Change("availability past", f -> f.setAvailableFrom(TODAY.minusMonths(1))),
            new Change("only MSA, no opt-in", f -> f.setWantedSchemes(Set.of("AGRICOLE"))),
            new Change("only MSA, opted in", f -> {
                f.setWantedSchemes(Set.of("AGRICOLE"));
                f.setVisibleOutsideGeneralScheme(true);
            }),
            new Change("name too long", f -> f.setLastName("x".repeat(WishForm.NAME_MAX + 1))));
}
