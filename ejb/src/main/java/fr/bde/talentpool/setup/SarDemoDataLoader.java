package fr.bde.talentpool.setup;

import fr.bde.followup.domain.FollowUpSheet;
import fr.bde.followup.domain.QuickAction;
import fr.bde.security.domain.AppUser;
import fr.bde.setup.DemoDataLoader;
import fr.bde.talentpool.domain.AssessmentAxis;
import fr.bde.talentpool.domain.BehaviourTrait;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.CompanyMember;
import fr.bde.talentpool.domain.CompanyType;
import fr.bde.talentpool.domain.ContractSought;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.JobKind;
import fr.bde.talentpool.domain.MobilityFrequency;
import fr.bde.talentpool.domain.MobilityZone;
import fr.bde.talentpool.domain.Partner;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.PartnerMember;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.ProfileDocument;
import fr.bde.talentpool.domain.ProfileTraining;
import fr.bde.talentpool.domain.SalaryBand;
import fr.bde.talentpool.domain.Situation;
import fr.bde.talentpool.domain.Skill;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.talentpool.domain.TrainingLink;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * SAR demo data (seed 002), after the base demo data and under the same switch: two member
 * companies and their recruiters, two employment partners with their contacts, about 40 classified
 * profiles, and sheets: one company's recruiter {@code recruteur.echeance} has an overdue sheet.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class SarDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(SarDemoDataLoader.class.getName());

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(DemoDataLoader.ENABLED_PROPERTY)
                || !em.createQuery("select c.id from Company c").setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Company> companies = new LinkedHashMap<>();
        for (String[] row : csv("demo/sar-companies.csv")) {
            Company company = new Company(row[0], row[1], row[2], now);
            em.persist(company);
            companies.put(row[0], company);
            for (String login : row[3].split(",")) {
                em.persist(new CompanyMember(user(login.strip()), company));
            }
        }
        List<PartnerContact> contacts = new ArrayList<>();
        for (String[] row : csv("demo/sar-partners.csv")) {
            Partner partner = new Partner(row[0], row[1], now);
            em.persist(partner);
            PartnerContact contact = new PartnerContact(partner, row[2], row[3], row[4]);
            em.persist(contact);
            contacts.add(contact);
            if (!row[5].isBlank()) {
                em.persist(new PartnerMember(user(row[5].strip()), partner, contact));
            }
        }
        List<TalentProfile> profiles = loadProfiles(contacts, now);
        loadSheets(companies.get("DIVALTO"), profiles, now);
        LOG.info("SAR demo data loaded: " + companies.size() + " companies, " + profiles.size() + " profiles");
    }

    private List<TalentProfile> loadProfiles(List<PartnerContact> contacts, Instant now) {
        LocalDate today = LocalDate.now(clock);
        List<TalentProfile> profiles = new ArrayList<>();
        int i = 0;
        for (String[] r : csv("demo/sar-profiles.csv")) {
            PartnerContact contact = contacts.get(i % contacts.size());
            Instant classifiedAt = now.minus(Duration.ofDays(Long.parseLong(r[11]))).minus(Duration.ofHours(i));
            TalentProfile p = TalentProfile.submittedBy(contact, Civility.valueOf(r[0]), r[1], r[2],
                    classifiedAt.minus(Duration.ofDays(30)));
            p.changeContactDetails(r[3], r[4], r[5], r[6], r[7], r[8], r[9]);
            p.replaceJobs(JobKind.CURRENT, jobs(r[15]));
            p.replaceJobs(JobKind.EXERCISED, jobs(r[16]));
            p.replaceJobs(JobKind.TARGET, jobs(r[17]));
            Map<Skill, ProficiencyLevel> skills = new LinkedHashMap<>();
            for (String s : r[18].split("\\|")) {
                String[] parts = s.split(":");
                skills.put(em.find(Skill.class, parts[0]), ProficiencyLevel.valueOf(parts[1]));
            }
            p.replaceSkills(skills);
            if (!r[19].isBlank()) {
                String[] parts = r[19].split(":");
                p.replaceTrainings(List.of(new ProfileTraining(parts[0], TrainingLink.valueOf(parts[1]))));
            }
            Situation situation = Situation.valueOf(r[20]);
            LocalDate changed = today.minusDays(Long.parseLong(r[21]));
            p.changeSituation(situation, changed, situation.isTemporary() ? changed.plusMonths(6) : null, changed);
            Map<AssessmentAxis, Integer> grid = new EnumMap<>(AssessmentAxis.class);
            for (AssessmentAxis axis : AssessmentAxis.values()) {
                grid.put(axis, r[22].charAt(axis.ordinal()) - '0');
            }
            p.assess(grid, null);
            BehaviourTrait[] traits = BehaviourTrait.values();
            p.describeBehaviourAndMobility(EnumSet.of(traits[i % traits.length], traits[(i * 5 + 3) % traits.length]),
                    Map.of(MobilityZone.AGGLOMERATION, MobilityFrequency.LONG_MISSION,
                            MobilityZone.DEPARTEMENT, MobilityFrequency.SHORT_MISSION,
                            MobilityZone.REGION, MobilityFrequency.REGULARLY,
                            MobilityZone.ILE_DE_FRANCE, MobilityFrequency.NOT_WISHED),
                    i % 3 == 0, i % 3 == 0 ? "au sein de la r\u00e9gion Grand Est" : null);
            ExperienceBand[] bands = ExperienceBand.values();
            p.describeExperience(ExperienceBand.valueOf(r[13]), ExperienceBand.valueOf(r[14]), bands[1 + i % 3],
                    i % 2 == 0 ? "projet personnel" : "formation", today.minusMonths(6 + i), 0);
            StudyLevel level = StudyLevel.valueOf(r[12]);
            p.describeQualification(level, null, level.ordinal() >= StudyLevel.BAC_2.ordinal() ? "BTS SIO" : null, null, null);
            SalaryBand salary = SalaryBand.values()[i % SalaryBand.values().length];
            p.describeProject(EnumSet.of(CompanyType.ESN, CompanyType.SOFTWARE_PUBLISHER),
                    EnumSet.of(ContractSought.CDI, ContractSought.CDD), 100, salary, salary, salary);
            p.classify(Classification.valueOf(r[10]), classifiedAt);
            em.persist(p);
            em.persist(new ProfileDocument(p, DocumentKind.CV, "CV-" + r[1] + ".pdf", "application/pdf",
                    minimalPdf(r[2] + " " + r[1]), classifiedAt));
            profiles.add(p);
            i++;
        }
        return profiles;
    }

    /** A few sheets in the first company's portfolio; the one of recruteur.echeance is past its due date. */
    private void loadSheets(Company company, List<TalentProfile> profiles, Instant now) {
        LocalDate today = LocalDate.now(clock);
        AppUser late = user("recruteur.echeance");
        AppUser recruiter = user("recruteur.entreprise");
        // created 40 days ago with the result "study in progress" (30 days): due 10 days ago
        em.persist(new FollowUpSheet(company, profiles.get(profiles.size() - 1), late, QuickAction.STUDY_LATER,
                now.minus(Duration.ofDays(40)), today.minusDays(40)));
        em.persist(new FollowUpSheet(company, profiles.get(profiles.size() - 2), late, QuickAction.POTENTIAL_RECRUITMENT,
                now.minus(Duration.ofDays(20)), today.minusDays(20)));
        em.persist(new FollowUpSheet(company, profiles.get(profiles.size() - 3), recruiter, QuickAction.STUDY_LATER,
                now.minus(Duration.ofDays(3)), today.minusDays(3)));
    }

    private List<Job> jobs(String codes) {
        return codes.isBlank() ? List.of()
                : Arrays.stream(codes.split("\\|")).map(c -> em.find(Job.class, c)).toList();
    }

    private AppUser user(String login) {
        return em.createQuery("select u from AppUser u where u.login = :login", AppUser.class)
                .setParameter("login", login).getSingleResult();
    }

    /** A one-page PDF naming the candidate: enough for the download link to open something real. */
    private static byte[] minimalPdf(String name) {
        String text = "CV - " + name.replaceAll("[()\\\\]", "");
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String[]> csv(String resource) {
        InputStream in = SarDemoDataLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
