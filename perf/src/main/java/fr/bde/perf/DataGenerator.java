package fr.bde.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Inserts published offers (and their organisations and ucanss.fr publications) straight into the
 * application's PostgreSQL database with JDBC batches. The schema and the referentials must already
 * be there (the application's Flyway migrations create them at its first start).
 *
 * <p>Rows get ids from {@value #ID_BASE} upward and references from {@value #REFERENCE_BASE} upward,
 * far from what the application's own sequences hand out, so that they never collide.
 */
final class DataGenerator {

    static final long ID_BASE = 10_000_000L;
    static final long REFERENCE_BASE = 5_000_000L;
    private static final int BATCH = 1_000;
    private static final Set<String> BIG_DEPARTEMENTS = Set.of(
            "75", "13", "59", "69", "33", "92", "93", "31", "44", "94", "78", "77", "91", "95", "62", "67", "34", "06", "76", "38");

    record Departement(String code, String name, String regionCode, String regionName) {
    }

    record Organisation(long id, String name, String regionCode, String departementCode, FrenchCorpus.Family[] families) {
    }

    private final Config config;

    DataGenerator(Config config) {
        this.config = config;
    }

    Connection connect() throws SQLException {
        // reWriteBatchedInserts: the driver sends one multi-row INSERT per batch
        return DriverManager.getConnection(config.jdbcUrl() + (config.jdbcUrl().contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", config.dbUser(), config.dbPassword());
    }

    /** Published offers already generated (ids in the generator's range). */
    long existingOffers() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from job_offer where id >= " + ID_BASE + " and status = 'PUBLISHED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes what an earlier run generated, then inserts {@code count} published offers. */
    void generate(int count) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from publication where offer_id >= " + ID_BASE);
                s.executeUpdate("delete from job_offer where id >= " + ID_BASE);
                s.executeUpdate("delete from organisation where id >= " + ID_BASE);
            }
            c.commit();
            List<Departement> departements = loadDepartements(c);
            Map<String, String> contractTypes = loadContractTypes(c);
            List<Organisation> organisations = insertOrganisations(c, departements);
            c.commit();
            insertOffers(c, count, departements, contractTypes, organisations);
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("analyze organisation");
                s.execute("analyze job_offer");
                s.execute("analyze publication");
            }
        }
        System.out.printf("Generated %,d published offers in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
    }

    private static List<Departement> loadDepartements(Connection c) throws SQLException {
        List<Departement> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select d.code, d.name, r.code, r.name from departement d "
                     + "join region r on r.code = d.region_code order by d.code")) {
            while (rs.next()) {
                out.add(new Departement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("No département in the database: start the application once on it "
                    + "so that Flyway creates the schema and the referentials");
        }
        return out;
    }

    private static Map<String, String> loadContractTypes(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, label from contract_type order by rank_order")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Per département a CPAM and a CAF; per region an Urssaf and a Carsat; a few national funds in Paris. */
    private static List<Organisation> insertOrganisations(Connection c, List<Departement> departements) throws SQLException {
        List<Organisation> out = new ArrayList<>();
        long id = ID_BASE;
        Map<String, Departement> regions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("insert into organisation (id, code, name, type_code, region_code, "
                + "departement_code) values (?, ?, ?, ?, ?, ?)")) {
            FrenchCorpus.Family[] cpam = {FrenchCorpus.Family.SANTE, FrenchCorpus.Family.PRESTATIONS, FrenchCorpus.Family.ACCUEIL,
                    FrenchCorpus.Family.SOCIAL, FrenchCorpus.Family.INFORMATIQUE, FrenchCorpus.Family.FINANCE, FrenchCorpus.Family.RH,
                    FrenchCorpus.Family.JURIDIQUE, FrenchCorpus.Family.LOGISTIQUE};
            FrenchCorpus.Family[] caf = {FrenchCorpus.Family.FAMILLE, FrenchCorpus.Family.SOCIAL, FrenchCorpus.Family.ACCUEIL,
                    FrenchCorpus.Family.FINANCE, FrenchCorpus.Family.RH, FrenchCorpus.Family.JURIDIQUE};
            FrenchCorpus.Family[] urssaf = {FrenchCorpus.Family.RECOUVREMENT, FrenchCorpus.Family.INFORMATIQUE,
                    FrenchCorpus.Family.FINANCE, FrenchCorpus.Family.JURIDIQUE, FrenchCorpus.Family.ACCUEIL};
            FrenchCorpus.Family[] carsat = {FrenchCorpus.Family.RETRAITE, FrenchCorpus.Family.SOCIAL, FrenchCorpus.Family.RH,
                    FrenchCorpus.Family.FINANCE, FrenchCorpus.Family.LOGISTIQUE};
            FrenchCorpus.Family[] national = FrenchCorpus.Family.values();
            for (Departement d : departements) {
                regions.putIfAbsent(d.regionCode(), d);
                out.add(addOrganisation(ps, id++, "PERF-CPAM-" + d.code(), "CPAM " + d.name(), "CPAM", d.regionCode(), d.code(), cpam));
                out.add(addOrganisation(ps, id++, "PERF-CAF-" + d.code(), "CAF " + d.name(), "CAF", d.regionCode(), d.code(), caf));
            }
            for (Departement first : regions.values()) {
                out.add(addOrganisation(ps, id++, "PERF-URSSAF-" + first.regionCode(), "Urssaf " + first.regionName(), "URSSAF",
                        first.regionCode(), null, urssaf));
                out.add(addOrganisation(ps, id++, "PERF-CARSAT-" + first.regionCode(), "Carsat " + first.regionName(), "CARSAT",
                        first.regionCode(), null, carsat));
            }
            out.add(addOrganisation(ps, id++, "PERF-CNAM", "Caisse nationale de l'Assurance Maladie", "CNAM", "11", "75", national));
            out.add(addOrganisation(ps, id++, "PERF-CNAF", "Caisse nationale des allocations familiales", "CNAF", "11", "75", national));
            out.add(addOrganisation(ps, id++, "PERF-CNAV", "Caisse nationale d'assurance vieillesse", "CNAV", "11", "75", national));
            out.add(addOrganisation(ps, id, "PERF-ACOSS", "Urssaf Caisse nationale", "ACOSS", "11", "93", national));
            ps.executeBatch();
        }
        return out;
    }

    private static Organisation addOrganisation(PreparedStatement ps, long id, String code, String name, String type,
                                                String region, String departement, FrenchCorpus.Family[] families)
            throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, code);
        ps.setString(3, name);
        ps.setString(4, type);
        ps.setString(5, region);
        ps.setString(6, departement);
        ps.addBatch();
        return new Organisation(id, name, region, departement, families);
    }

    private void insertOffers(Connection c, int count, List<Departement> departements, Map<String, String> contractTypes,
                              List<Organisation> organisations) throws SQLException {
        SplittableRandom rnd = new SplittableRandom(config.seed());
        Map<String, List<Organisation>> byDepartement = new HashMap<>();
        Map<String, List<Organisation>> byRegion = new HashMap<>();
        List<Organisation> nationals = new ArrayList<>();
        for (Organisation o : organisations) {
            if (o.name().startsWith("CPAM ") || o.name().startsWith("CAF ")) {
                byDepartement.computeIfAbsent(o.departementCode(), k -> new ArrayList<>()).add(o);
            } else if (o.departementCode() == null) {
                byRegion.computeIfAbsent(o.regionCode(), k -> new ArrayList<>()).add(o);
            } else {
                nationals.add(o);
            }
        }
        List<Departement> big = departements.stream().filter(d -> BIG_DEPARTEMENTS.contains(d.code())).toList();
        Map<String, Departement> byCode = new HashMap<>();
        departements.forEach(d -> byCode.put(d.code(), d));
        String[] contractCodes = {"CDI", "CDD", "PROFESSIONALISATION", "INTERNSHIP", "INTERNAL_MISSION", "INSTITUTIONAL_MISSION"};
        int[] contractWeights = {45, 30, 8, 8, 6, 3};
        String[] education = {"BAC", "BAC2", "BAC3", "BAC5"};
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        long yearSeconds = Duration.ofDays(365).toSeconds();

        String offerSql = "insert into job_offer (id, reference, title, organisation_id, executive, contract_type_code, "
                + "departement_code, region_code, description_html, qualification_level_code, education_level_code, salary, "
                + "closing_date, status, created_at, created_by, updated_at, published_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 'perf-generator', ?, ?, 0)";
        String publicationSql = "insert into publication (id, offer_id, channel, published_at, published_by) "
                + "values (?, ?, 'UCANSS', ?, 'perf-generator')";
        long t0 = System.nanoTime();
        try (PreparedStatement offer = c.prepareStatement(offerSql);
             PreparedStatement publication = c.prepareStatement(publicationSql)) {
            for (int i = 0; i < count; i++) {
                FrenchCorpus.Role role = FrenchCorpus.ROLES.get(rnd.nextInt(FrenchCorpus.ROLES.size()));
                Organisation org;
                Departement dep;
                int where = rnd.nextInt(100);
                if (where < 4) {
                    org = nationals.get(rnd.nextInt(nationals.size()));
                    dep = byCode.get(org.departementCode());
                } else {
                    dep = rnd.nextInt(100) < 35 ? big.get(rnd.nextInt(big.size())) : departements.get(rnd.nextInt(departements.size()));
                    org = pickOrganisation(role.family(), byDepartement.get(dep.code()), byRegion.get(dep.regionCode()), rnd);
                }
                String contract = weighted(contractCodes, contractWeights, rnd);
                if (role.family() == FrenchCorpus.Family.INFORMATIQUE && rnd.nextInt(4) == 0) {
                    contract = "INTERNSHIP";
                }
                int grade = role.minGrade() + rnd.nextInt(role.maxGrade() - role.minGrade() + 1);
                boolean executive = grade >= 7;
                long number = REFERENCE_BASE + i;
                Instant published = now.minusSeconds(rnd.nextLong(yearSeconds));
                Instant created = published.minusSeconds(rnd.nextLong(Duration.ofDays(10).toSeconds()));
                LocalDate closing = today.plusDays(7 + rnd.nextInt(120));
                long id = ID_BASE + i;

                offer.setLong(1, id);
                offer.setString(2, (executive ? "NVADD" : "NVHADD") + number);
                offer.setString(3, FrenchCorpus.title(role, rnd));
                offer.setLong(4, org.id());
                offer.setBoolean(5, executive);
                offer.setString(6, contract);
                offer.setString(7, dep.code());
                offer.setString(8, dep.regionCode());
                offer.setString(9, FrenchCorpus.description(role, org.name(), dep.name(), contractTypes.get(contract), rnd));
                offer.setString(10, "GEN_" + grade);
                offer.setString(11, education[Math.min(education.length - 1, Math.max(0, (grade - 2) / 2))]);
                offer.setString(12, rnd.nextInt(10) < 7 ? FrenchCorpus.salary(grade, rnd) : null);
                offer.setObject(13, closing);
                offer.setTimestamp(14, Timestamp.from(created));
                offer.setTimestamp(15, Timestamp.from(published));
                offer.setTimestamp(16, Timestamp.from(published));
                offer.addBatch();

                publication.setLong(1, id);
                publication.setLong(2, id);
                publication.setTimestamp(3, Timestamp.from(published));
                publication.addBatch();

                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    offer.executeBatch();
                    publication.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("  %,d offers inserted (%.1f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
        }
    }

    private static Organisation pickOrganisation(FrenchCorpus.Family family, List<Organisation> local, List<Organisation> regional,
                                                 SplittableRandom rnd) {
        List<Organisation> candidates = new ArrayList<>();
        for (Organisation o : local) {
            if (List.of(o.families()).contains(family)) {
                candidates.add(o);
            }
        }
        for (Organisation o : regional) {
            if (List.of(o.families()).contains(family)) {
                candidates.add(o);
            }
        }
        if (candidates.isEmpty()) {
            candidates.addAll(local);
        }
        return candidates.get(rnd.nextInt(candidates.size()));
    }

    private static String weighted(String[] values, int[] weights, SplittableRandom rnd) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
