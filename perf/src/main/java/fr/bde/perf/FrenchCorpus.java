package fr.bde.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic French wording for job offers of the social security network: titles by job family,
 * descriptions assembled from mission, profile and benefit sentences of that family, so that a
 * keyword query hits a plausible share of the offers (a rare skill matches few, "télétravail" many).
 */
final class FrenchCorpus {

    private FrenchCorpus() {
    }

    enum Family { SANTE, PRESTATIONS, RECOUVREMENT, RETRAITE, FAMILLE, INFORMATIQUE, FINANCE, RH, ACCUEIL, SOCIAL, JURIDIQUE, LOGISTIQUE }

    record Role(String title, Family family, int minGrade, int maxGrade) {
    }

    static final List<Role> ROLES = List.of(
            new Role("Médecin conseil", Family.SANTE, 8, 9),
            new Role("Chirurgien-dentiste conseil", Family.SANTE, 8, 9),
            new Role("Pharmacien conseil", Family.SANTE, 8, 9),
            new Role("Infirmier du service médical", Family.SANTE, 4, 5),
            new Role("Infirmière coordinatrice", Family.SANTE, 5, 6),
            new Role("Secrétaire médicale", Family.SANTE, 3, 4),
            new Role("Kinésithérapeute", Family.SANTE, 5, 6),
            new Role("Aide-soignant en établissement de soins", Family.SANTE, 2, 3),
            new Role("Chargé de mission santé publique", Family.SANTE, 6, 7),
            new Role("Délégué de l'Assurance Maladie", Family.SANTE, 4, 5),
            new Role("Gestionnaire de prestations maladie", Family.PRESTATIONS, 3, 4),
            new Role("Technicien de prestations indemnités journalières", Family.PRESTATIONS, 3, 4),
            new Role("Gestionnaire de dossiers invalidité", Family.PRESTATIONS, 3, 4),
            new Role("Gestionnaire des risques professionnels", Family.PRESTATIONS, 4, 5),
            new Role("Analyste fraude", Family.PRESTATIONS, 5, 6),
            new Role("Agent de contrôle", Family.PRESTATIONS, 4, 5),
            new Role("Conseiller offre de service", Family.PRESTATIONS, 3, 4),
            new Role("Gestionnaire du recouvrement", Family.RECOUVREMENT, 3, 4),
            new Role("Inspecteur du recouvrement", Family.RECOUVREMENT, 6, 7),
            new Role("Contrôleur du recouvrement", Family.RECOUVREMENT, 5, 6),
            new Role("Chargé de relations entreprises", Family.RECOUVREMENT, 4, 5),
            new Role("Gestionnaire des cotisations des travailleurs indépendants", Family.RECOUVREMENT, 3, 4),
            new Role("Technicien conseil retraite", Family.RETRAITE, 3, 4),
            new Role("Conseiller retraite", Family.RETRAITE, 4, 5),
            new Role("Ingénieur conseil en prévention des risques", Family.RETRAITE, 7, 8),
            new Role("Contrôleur de sécurité", Family.RETRAITE, 6, 7),
            new Role("Actuaire", Family.RETRAITE, 7, 8),
            new Role("Conseiller en allocations familiales", Family.FAMILLE, 3, 4),
            new Role("Gestionnaire conseil allocataires", Family.FAMILLE, 3, 4),
            new Role("Conseiller logement et aides au logement", Family.FAMILLE, 3, 4),
            new Role("Développeur Java", Family.INFORMATIQUE, 5, 7),
            new Role("Développeur full stack Java Angular", Family.INFORMATIQUE, 5, 7),
            new Role("Développeur Python", Family.INFORMATIQUE, 5, 7),
            new Role("Chef de projet informatique", Family.INFORMATIQUE, 7, 8),
            new Role("Architecte logiciel", Family.INFORMATIQUE, 7, 9),
            new Role("Administrateur systèmes et réseaux", Family.INFORMATIQUE, 5, 6),
            new Role("Ingénieur DevOps", Family.INFORMATIQUE, 6, 7),
            new Role("Expert en cybersécurité", Family.INFORMATIQUE, 7, 8),
            new Role("Data analyst", Family.INFORMATIQUE, 6, 7),
            new Role("Data scientist", Family.INFORMATIQUE, 7, 8),
            new Role("Technicien support informatique", Family.INFORMATIQUE, 3, 4),
            new Role("Testeur applicatif", Family.INFORMATIQUE, 4, 5),
            new Role("Product owner", Family.INFORMATIQUE, 6, 7),
            new Role("Comptable", Family.FINANCE, 4, 5),
            new Role("Responsable comptable", Family.FINANCE, 6, 7),
            new Role("Gestionnaire comptable et financier", Family.FINANCE, 3, 4),
            new Role("Contrôleur de gestion", Family.FINANCE, 6, 7),
            new Role("Auditeur interne", Family.FINANCE, 6, 7),
            new Role("Acheteur public", Family.FINANCE, 5, 6),
            new Role("Statisticien", Family.FINANCE, 6, 7),
            new Role("Responsable des ressources humaines", Family.RH, 7, 8),
            new Role("Chargé de recrutement", Family.RH, 5, 6),
            new Role("Gestionnaire de paie", Family.RH, 3, 4),
            new Role("Gestionnaire administration du personnel", Family.RH, 3, 4),
            new Role("Chargé de formation", Family.RH, 5, 6),
            new Role("Formateur métier", Family.RH, 5, 6),
            new Role("Agent d'accueil", Family.ACCUEIL, 2, 3),
            new Role("Téléconseiller", Family.ACCUEIL, 2, 3),
            new Role("Conseiller service à l'usager", Family.ACCUEIL, 3, 4),
            new Role("Assistant de direction", Family.ACCUEIL, 4, 5),
            new Role("Chargé de communication", Family.ACCUEIL, 5, 6),
            new Role("Assistant de service social", Family.SOCIAL, 5, 6),
            new Role("Travailleur social", Family.SOCIAL, 5, 6),
            new Role("Éducateur spécialisé", Family.SOCIAL, 4, 5),
            new Role("Psychologue du travail", Family.SOCIAL, 6, 7),
            new Role("Conseiller en économie sociale et familiale", Family.SOCIAL, 4, 5),
            new Role("Juriste", Family.JURIDIQUE, 6, 7),
            new Role("Juriste contentieux", Family.JURIDIQUE, 6, 7),
            new Role("Directeur adjoint", Family.JURIDIQUE, 8, 9),
            new Role("Manager d'équipe", Family.JURIDIQUE, 6, 7),
            new Role("Chargé d'études et de qualité", Family.JURIDIQUE, 5, 6),
            new Role("Gestionnaire immobilier", Family.LOGISTIQUE, 5, 6),
            new Role("Agent de maintenance des bâtiments", Family.LOGISTIQUE, 2, 3),
            new Role("Cuisinier en restauration collective", Family.LOGISTIQUE, 2, 3),
            new Role("Gestionnaire des achats et de la logistique", Family.LOGISTIQUE, 4, 5));

    private static final String[] TITLE_COMPLEMENTS = {
            "", "", "", "", " confirmé", " senior", " junior", " - pôle prestations", " - plateforme téléphonique",
            " - secteur hospitalier", " - service médical", " - direction régionale", " en télétravail partiel",
            " - remplacement congé maternité", " - équipe projet national", " - agence de proximité"};

    private static final List<List<String>> MISSIONS_BY_FAMILY = List.of(
            // SANTE
            List.of("Vous contrôlez la pertinence des prescriptions et des arrêts de travail des assurés.",
                    "Vous accompagnez les établissements de santé, les hôpitaux et les cliniques dans l'amélioration de leurs pratiques.",
                    "Vous rendez des avis médicaux sur les demandes d'invalidité et d'accident du travail.",
                    "Vous participez aux campagnes de prévention et de dépistage des cancers.",
                    "Vous menez des échanges confraternels avec les médecins généralistes et les spécialistes.",
                    "Vous suivez les patients atteints de maladies chroniques dans le cadre des programmes d'accompagnement.",
                    "Vous analysez les dépenses de soins de ville et d'hôpital.",
                    "Vous intervenez auprès des infirmiers libéraux, des kinésithérapeutes et des pharmaciens."),
            // PRESTATIONS
            List.of("Vous instruisez les dossiers de remboursement des assurés et des professionnels de santé.",
                    "Vous calculez et versez les indemnités journalières maladie, maternité et paternité.",
                    "Vous traitez les réclamations des assurés dans le respect des délais.",
                    "Vous détectez les anomalies et les situations de fraude aux prestations.",
                    "Vous gérez les dossiers d'accidents du travail et de maladies professionnelles.",
                    "Vous mettez à jour les droits des bénéficiaires de la complémentaire santé solidaire.",
                    "Vous contrôlez les pièces justificatives et liquidez les prestations en espèces."),
            // RECOUVREMENT
            List.of("Vous contrôlez les déclarations de cotisations et de contributions sociales des entreprises.",
                    "Vous accompagnez les travailleurs indépendants et les micro-entrepreneurs dans leurs démarches.",
                    "Vous gérez le recouvrement amiable et forcé des créances.",
                    "Vous analysez les comptes des employeurs et régularisez les écarts de cotisations.",
                    "Vous menez des contrôles sur place dans les entreprises et rédigez les lettres d'observations.",
                    "Vous luttez contre le travail dissimulé en lien avec les services de l'État.",
                    "Vous conseillez les experts-comptables et les entreprises sur la DSN."),
            // RETRAITE
            List.of("Vous étudiez les droits à la retraite et calculez le montant des pensions.",
                    "Vous reconstituez les carrières des assurés et régularisez les relevés de carrière.",
                    "Vous recevez les futurs retraités en rendez-vous et les informez sur leurs droits.",
                    "Vous accompagnez les entreprises dans la prévention des risques professionnels.",
                    "Vous réalisez des audits de sécurité et des visites d'entreprises industrielles.",
                    "Vous traitez les demandes de pension de réversion et de retraite anticipée pour carrière longue."),
            // FAMILLE
            List.of("Vous étudiez les droits aux prestations familiales et aux aides au logement.",
                    "Vous gérez les dossiers de RSA et de prime d'activité des allocataires.",
                    "Vous accompagnez les familles monoparentales et les parents séparés.",
                    "Vous informez les allocataires sur les modes de garde et les crèches.",
                    "Vous versez les allocations familiales et traitez les indus.",
                    "Vous accompagnez les partenaires locaux dans le financement des équipements pour la petite enfance."),
            // INFORMATIQUE
            List.of("Vous développez des applications web en Java, Spring et Angular au sein d'une équipe agile.",
                    "Vous concevez des API REST et des microservices pour les systèmes d'information nationaux.",
                    "Vous administrez les serveurs Linux, les bases de données PostgreSQL et les réseaux.",
                    "Vous automatisez les déploiements avec des outils d'intégration continue.",
                    "Vous analysez les données et construisez des tableaux de bord décisionnels.",
                    "Vous garantissez la sécurité des systèmes d'information et pilotez les audits de cybersécurité.",
                    "Vous assurez le support informatique de niveau 2 auprès des utilisateurs.",
                    "Vous rédigez les spécifications fonctionnelles et animez les ateliers avec les métiers.",
                    "Vous développez des modèles statistiques et d'intelligence artificielle en Python.",
                    "Vous pilotez les projets informatiques en respectant les délais et les budgets."),
            // FINANCE
            List.of("Vous tenez la comptabilité générale et préparez la clôture des comptes annuels.",
                    "Vous contrôlez les opérations comptables et les paiements des prestations.",
                    "Vous élaborez le budget et suivez les indicateurs de performance.",
                    "Vous réalisez des missions d'audit interne et de maîtrise des risques.",
                    "Vous passez les marchés publics et négociez avec les fournisseurs.",
                    "Vous produisez des études statistiques sur l'activité et les dépenses."),
            // RH
            List.of("Vous pilotez les recrutements et accompagnez les managers dans leurs besoins.",
                    "Vous établissez la paie et gérez les déclarations sociales des salariés.",
                    "Vous conduisez le dialogue social avec les représentants du personnel.",
                    "Vous construisez le plan de développement des compétences et organisez les formations.",
                    "Vous animez des sessions de formation pour les nouveaux embauchés.",
                    "Vous gérez les dossiers administratifs du personnel, les congés et les absences."),
            // ACCUEIL
            List.of("Vous assurez l'accueil physique et téléphonique des usagers.",
                    "Vous répondez aux demandes des assurés par téléphone, courriel et messagerie.",
                    "Vous orientez les publics fragiles vers les services adaptés.",
                    "Vous organisez les rendez-vous et gérez l'agenda de la direction.",
                    "Vous rédigez les contenus des sites internet et des réseaux sociaux.",
                    "Vous accompagnez les usagers dans l'utilisation des services en ligne."),
            // SOCIAL
            List.of("Vous accompagnez les assurés en situation de précarité ou de handicap.",
                    "Vous menez des entretiens individuels et des actions collectives d'insertion.",
                    "Vous prévenez la désinsertion professionnelle des salariés en arrêt de travail.",
                    "Vous travaillez en réseau avec les partenaires sociaux, les associations et les collectivités.",
                    "Vous accompagnez les familles confrontées à un deuil ou à une séparation."),
            // JURIDIQUE
            List.of("Vous traitez les recours amiables et représentez l'organisme devant les tribunaux.",
                    "Vous conseillez la direction sur les questions juridiques et réglementaires.",
                    "Vous encadrez une équipe de techniciens et pilotez la production.",
                    "Vous conduisez les démarches qualité et le contrôle interne.",
                    "Vous participez au comité de direction et au pilotage de la stratégie."),
            // LOGISTIQUE
            List.of("Vous gérez le patrimoine immobilier et suivez les travaux de rénovation.",
                    "Vous assurez la maintenance des bâtiments et des équipements techniques.",
                    "Vous préparez les repas du restaurant d'entreprise dans le respect des normes d'hygiène.",
                    "Vous gérez les stocks, les achats de fournitures et le courrier."));

    private static final String[] PROFILES = {
            "Titulaire d'un diplôme de niveau Bac+2, vous avez une première expérience réussie.",
            "Titulaire d'un Bac+3 ou Bac+5, vous justifiez d'une expérience significative sur un poste similaire.",
            "Vous maîtrisez les outils bureautiques et savez vous adapter aux évolutions des applications.",
            "Une connaissance de la protection sociale et de la sécurité sociale serait appréciée.",
            "Vous avez le sens du service public, de l'écoute et de la pédagogie.",
            "Rigoureux et organisé, vous savez gérer les priorités.",
            "Vous appréciez le travail en équipe et le partage des connaissances.",
            "Doté d'un bon relationnel, vous savez communiquer à l'écrit comme à l'oral.",
            "Vous faites preuve de discrétion et respectez le secret professionnel.",
            "Le permis B est indispensable pour les déplacements dans le département.",
            "Débutants acceptés : une formation rémunérée est assurée à l'embauche.",
            "Vous parlez anglais couramment.",
            "Vous êtes reconnu pour vos capacités d'analyse et de synthèse."};

    private static final String[] BENEFITS = {
            "Télétravail possible jusqu'à deux jours par semaine après la période d'intégration.",
            "Horaires variables et 14 semaines de congés et RTT par an.",
            "Restaurant d'entreprise et titres-restaurant.",
            "Prime d'intéressement, 13e et 14e mois.",
            "Comité social et économique : chèques vacances, billetterie, activités sportives.",
            "Mutuelle et prévoyance avantageuses prises en charge en partie par l'employeur.",
            "Parcours de formation complet et possibilités d'évolution dans tout le réseau.",
            "Locaux accessibles en transports en commun, parking gratuit.",
            "Poste ouvert aux personnes en situation de handicap.",
            "Prise en charge de 75 % de l'abonnement de transport et forfait mobilités durables."};

    private static final String[] SERVICES = {
            "son service des prestations", "sa plateforme de services", "sa direction des systèmes d'information",
            "son service médical", "son agence comptable", "sa direction des ressources humaines",
            "son département du recouvrement", "son pôle accueil", "son service social", "sa direction juridique",
            "son centre de traitement", "sa direction de la prévention"};

    static String title(Role role, SplittableRandom rnd) {
        return role.title() + TITLE_COMPLEMENTS[rnd.nextInt(TITLE_COMPLEMENTS.length)] + " (H/F)";
    }

    /** Sanitised-looking HTML, as the application stores it (paragraphs and a list). */
    static String description(Role role, String organisationName, String departementName, String contractLabel,
                              SplittableRandom rnd) {
        StringBuilder html = new StringBuilder(1600);
        html.append("<p>").append(organisationName).append(" recrute un ").append(role.title().toLowerCase(java.util.Locale.FRENCH))
                .append(" (H/F) en ").append(contractLabel).append(" pour ").append(SERVICES[rnd.nextInt(SERVICES.length)])
                .append(", ").append(departementName).append(".</p>");
        html.append("<p><strong>Vos missions</strong></p><ul>");
        List<String> own = MISSIONS_BY_FAMILY.get(role.family().ordinal());
        for (String mission : pick(own, 2 + rnd.nextInt(3), rnd)) {
            html.append("<li>").append(mission).append("</li>");
        }
        if (rnd.nextInt(3) == 0) {   // a mission from another family: cross-skills, as in real offers
            List<String> other = MISSIONS_BY_FAMILY.get(rnd.nextInt(MISSIONS_BY_FAMILY.size()));
            html.append("<li>").append(other.get(rnd.nextInt(other.size()))).append("</li>");
        }
        html.append("</ul><p><strong>Votre profil</strong></p><p>");
        for (String profile : pick(List.of(PROFILES), 2 + rnd.nextInt(2), rnd)) {
            html.append(profile).append(' ');
        }
        html.append("</p><p><strong>Nos avantages</strong></p><ul>");
        for (String benefit : pick(List.of(BENEFITS), 1 + rnd.nextInt(3), rnd)) {
            html.append("<li>").append(benefit).append("</li>");
        }
        html.append("</ul>");
        return html.toString();
    }

    static String salary(int grade, SplittableRandom rnd) {
        int low = 22_000 + grade * 3_500 + rnd.nextInt(6) * 500;
        int high = low + 3_000 + rnd.nextInt(8) * 500;
        return String.format(java.util.Locale.FRENCH, "De %,d € à %,d € bruts annuels", low, high)
                .replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static List<String> pick(List<String> from, int count, SplittableRandom rnd) {
        List<String> pool = new ArrayList<>(from);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            out.add(pool.remove(rnd.nextInt(pool.size())));
        }
        return out;
    }
}
