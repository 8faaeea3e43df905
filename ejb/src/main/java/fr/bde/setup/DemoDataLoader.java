package fr.bde.setup;

import fr.bde.candidate.domain.CandidateAccount;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.domain.OfferReference;
import fr.bde.publication.domain.Channel;
import fr.bde.publication.domain.Publication;
import fr.bde.organisation.domain.Organisation;
import fr.bde.referential.domain.ContractType;
import fr.bde.referential.domain.Departement;
import fr.bde.referential.domain.EducationLevel;
import fr.bde.referential.domain.OrganisationType;
import fr.bde.referential.domain.QualificationLevel;
import fr.bde.referential.domain.Region;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.PasswordHasher;
import fr.bde.security.domain.Role;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo data (organisations, users of every role, published offers), loaded only when the server
 * is started with {@code -Dbde.demo-data=true} (the run profile and the test server do), and
 * only once. A production server never sets that property.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "SearchIndexStartup"})
public class DemoDataLoader {

    public static final String ENABLED_PROPERTY = "bde.demo-data";
    /** Every demo login has this password (README). */
    public static final String DEMO_PASSWORD = "Demo-2026!";
    static final int OFFER_COUNT = 50;
    static final long ACCOUNT_AGE_HOURS = 30 * 24;

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        boolean loaded = !em.createQuery("select o.id from Organisation o where o.code = 'UCANSS'")
                .setMaxResults(1).getResultList().isEmpty();
        if (loaded) {
            return;
        }
        Map<String, Organisation> organisations = loadOrganisations();
        loadUsers(organisations);
        loadOffers(organisations);
        LOG.info("Demo data loaded: " + organisations.size() + " organisations, " + OFFER_COUNT + " offers");
    }

    private Map<String, Organisation> loadOrganisations() {
        Map<String, Organisation> organisations = new HashMap<>();
        for (String[] row : csv("demo/organisations.csv")) {
            Organisation organisation = new Organisation(row[0], row[1], em.find(OrganisationType.class, row[2]),
                    em.find(Region.class, row[3]), em.find(Departement.class, row[4]));
            em.persist(organisation);
            organisations.put(row[0], organisation);
        }
        return organisations;
    }

    private void loadUsers(Map<String, Organisation> organisations) {
        String hash = PasswordHasher.hash(DEMO_PASSWORD);
        for (String[] row : csv("demo/users.csv")) {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(row[4].split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
            // accounts are a month old, except those the file says are new (the 72-hour rule shows on them)
            long ageHours = row.length > 5 && !row[5].isBlank() ? Long.parseLong(row[5].strip()) : ACCOUNT_AGE_HOURS;
            Instant createdAt = clock.instant().minus(Duration.ofHours(ageHours));
            AppUser user = new AppUser(row[0], hash, row[1], row[2], row[3].isEmpty() ? null : organisations.get(row[3]),
                    roles, createdAt);
            em.persist(user);
            if (roles.contains(Role.CANDIDATE)) {
                // demo candidates have a validated account: "First Last" in the file
                int space = row[1].indexOf(' ');
                CandidateAccount account = new CandidateAccount(user, row[1].substring(0, space),
                        row[1].substring(space + 1), createdAt);
                account.validate(createdAt);
                em.persist(account);
            }
        }
    }

    /** Spreads the sample offers over the recruiting organisations, published over the last weeks. */
    private void loadOffers(Map<String, Organisation> organisations) {
        List<String[]> samples = csv("demo/offers.csv");
        List<Organisation> employers = organisations.values().stream()
                .filter(o -> o.getDepartement() != null && !o.getCode().equals("UCANSS") && !o.getCode().equals("EN3S"))
                .sorted((a, b) -> a.getCode().compareTo(b.getCode()))
                .toList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Channel ucanss = em.find(Channel.class, Channel.UCANSS);
        for (int i = 0; i < OFFER_COUNT; i++) {
            String[] sample = samples.get(i % samples.size());
            Organisation employer = employers.get((i * 7) % employers.size());
            Number number = (Number) em.createNativeQuery("select nextval('offer_reference_seq')").getSingleResult();
            Instant publishedAt = now.minus(Duration.ofHours(11L * (OFFER_COUNT - i)));
            JobOffer offer = new JobOffer(OfferReference.of(false, number.longValue()), employer, "demo", publishedAt);
            offer.describe(sample[0], em.find(ContractType.class, sample[1]), employer.getDepartement(), sample[5],
                    em.find(QualificationLevel.class, sample[2]), em.find(EducationLevel.class, sample[3]),
                    sample[4].isEmpty() ? null : sample[4], today.plusDays(20 + i), publishedAt);
            offer.markPublished(publishedAt);
            em.persist(offer);
            em.persist(new Publication(offer, ucanss, "demo", publishedAt));
            em.persist(new OfferEvent(offer, OfferEvent.Action.PUBLISHED, "demo", publishedAt, ucanss.getName()));
        }
    }

    private static List<String[]> csv(String resource) {
        InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
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
