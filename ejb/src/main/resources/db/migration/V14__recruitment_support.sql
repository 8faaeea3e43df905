-- Issue 6: recruitment support (SAR, seed 002). Referentials, companies and employment partners,
-- the talent pool (candidate profiles classified by the commission, with their denormalised search
-- columns), company follow-up sheets, training needs. Skills and other referential rows are in
-- the second half of this file.

-- ---------------------------------------------------------------- referentials
CREATE TABLE sar_employment_area (
    code       VARCHAR(20)  PRIMARY KEY,
    label      VARCHAR(100) NOT NULL,
    rank_order INTEGER      NOT NULL
);
CREATE TABLE sar_job_family (
    code       VARCHAR(20)  PRIMARY KEY,
    label      VARCHAR(100) NOT NULL,
    rank_order INTEGER      NOT NULL
);
-- "métiers": jobs a candidate exercised, can exercise (commission's opinion) or targets
CREATE TABLE sar_job (
    code        VARCHAR(20)  PRIMARY KEY,
    family_code VARCHAR(20)  NOT NULL REFERENCES sar_job_family (code),
    label       VARCHAR(100) NOT NULL,
    rank_order  INTEGER      NOT NULL
);
-- the 28 skill themes of the seed and their 300+ skills ("savoir-faire")
CREATE TABLE sar_skill_theme (
    code       VARCHAR(20)  PRIMARY KEY,
    label      VARCHAR(100) NOT NULL,
    rank_order INTEGER      NOT NULL
);
CREATE TABLE sar_skill (
    code       VARCHAR(20)  PRIMARY KEY,
    theme_code VARCHAR(20)  NOT NULL REFERENCES sar_skill_theme (code),
    label      VARCHAR(100) NOT NULL,
    rank_order INTEGER      NOT NULL
);
CREATE INDEX ix_sar_skill_theme ON sar_skill (theme_code, rank_order);
-- catalogue of the "Adaptation et Développement des Compétences" training actions
CREATE TABLE sar_adc_action (
    code            VARCHAR(20)  PRIMARY KEY,
    label           VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    duration_months INTEGER      NOT NULL,
    description     VARCHAR(2000),
    rank_order      INTEGER      NOT NULL
);

-- ---------------------------------------------------------------- companies and partners
CREATE SEQUENCE sar_company_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sar_company (
    id         BIGINT       PRIMARY KEY,
    code       VARCHAR(30)  NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    area_code  VARCHAR(20)  REFERENCES sar_employment_area (code),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- company recruiters (role COMPANY_RECRUITER) belong to one member company
CREATE TABLE sar_company_member (
    user_id    BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES sar_company (id)
);
CREATE INDEX ix_sar_company_member_company ON sar_company_member (company_id);

CREATE SEQUENCE sar_partner_seq START WITH 1000 INCREMENT BY 50;
-- employment partners (Pôle emploi agencies, APEC, missions locales...) submitting job seekers
CREATE TABLE sar_partner (
    id         BIGINT       PRIMARY KEY,
    code       VARCHAR(30)  NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE SEQUENCE sar_partner_contact_seq START WITH 1000 INCREMENT BY 50;
-- the partner's contact points for the scheme ("point de contact de Numéric'Emploi")
CREATE TABLE sar_partner_contact (
    id         BIGINT       PRIMARY KEY,
    partner_id BIGINT       NOT NULL REFERENCES sar_partner (id),
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    phone      VARCHAR(30),
    active     BOOLEAN      NOT NULL
);
CREATE INDEX ix_sar_partner_contact_partner ON sar_partner_contact (partner_id);
-- partner users (role PARTNER) belong to one partner, and may be one of its contacts
CREATE TABLE sar_partner_member (
    user_id    BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    partner_id BIGINT NOT NULL REFERENCES sar_partner (id),
    contact_id BIGINT REFERENCES sar_partner_contact (id)
);

-- ---------------------------------------------------------------- talent pool
CREATE SEQUENCE sar_profile_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sar_profile (
    id                       BIGINT       PRIMARY KEY,
    -- origin: submitted by a partner, or proposed by a company outside the pool (trainee file)
    origin                   VARCHAR(20)  NOT NULL,
    partner_id               BIGINT       REFERENCES sar_partner (id),
    partner_contact_id       BIGINT       REFERENCES sar_partner_contact (id),
    proposing_company_id     BIGINT       REFERENCES sar_company (id),
    submission_status        VARCHAR(20)  NOT NULL,
    submitted_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    -- identity and contact details (section 1)
    civility                 VARCHAR(10)  NOT NULL,
    last_name                VARCHAR(100) NOT NULL,
    first_name               VARCHAR(100) NOT NULL,
    search_name              VARCHAR(201) NOT NULL,
    email                    VARCHAR(254),
    phone                    VARCHAR(30),
    street_number            VARCHAR(10),
    street                   VARCHAR(200),
    postcode                 VARCHAR(10),
    city                     VARCHAR(100),
    area_code                VARCHAR(20)  REFERENCES sar_employment_area (code),
    -- status (section 3): situation with its effective and end dates, classification
    situation                VARCHAR(30)  NOT NULL,
    situation_since          DATE,
    situation_ends_on        DATE,
    situation_changed_on     DATE,
    classification           VARCHAR(20),
    classified_at            TIMESTAMP WITH TIME ZONE,
    -- in the pool: classified, published and not withdrawn
    in_pool                  BOOLEAN      NOT NULL,
    -- employability grid: 5 axes, levels 1..6
    skills_level             SMALLINT,
    behaviour_level          SMALLINT,
    experience_level         SMALLINT,
    qualification_level      SMALLINT,
    project_level            SMALLINT,
    assessment_summary       VARCHAR(4000),
    -- detail 2: mobility and relocation
    relocation_accepted      BOOLEAN      NOT NULL,
    relocation_zones         VARCHAR(500),
    -- detail 3: experience
    digital_experience       VARCHAR(20),
    other_experience         VARCHAR(20),
    time_without_job         VARCHAR(20),
    occupation_without_job   VARCHAR(200),
    last_job_ended_on        DATE,
    internship_months        INTEGER,
    -- detail 4: qualifications
    study_level              VARCHAR(20),
    study_level_not_validated VARCHAR(20),
    digital_diploma          VARCHAR(200),
    other_diploma            VARCHAR(200),
    certifications           VARCHAR(1000),
    -- detail 5: professional project
    availability_percent     INTEGER,
    last_salary              VARCHAR(20),
    claimed_salary           VARCHAR(20),
    minimum_salary           VARCHAR(20),
    -- denormalised for the result list
    current_jobs_label       VARCHAR(1000),
    version                  INTEGER      NOT NULL
);
-- pool search: the page of ids is read in classification order among the published profiles
CREATE INDEX ix_sar_profile_pool ON sar_profile (in_pool, classified_at, id);
CREATE INDEX ix_sar_profile_area ON sar_profile (area_code, in_pool, classified_at);
CREATE INDEX ix_sar_profile_study ON sar_profile (study_level, in_pool);
CREATE INDEX ix_sar_profile_experience ON sar_profile (digital_experience, in_pool);
CREATE INDEX ix_sar_profile_classification ON sar_profile (classification, classified_at);
CREATE INDEX ix_sar_profile_situation ON sar_profile (situation_changed_on);
CREATE INDEX ix_sar_profile_name ON sar_profile (search_name);
CREATE INDEX ix_sar_profile_partner ON sar_profile (partner_id, submitted_at);

-- jobs of a profile: EXERCISED (recent), CURRENT (can exercise, commission's opinion), TARGET (project)
CREATE TABLE sar_profile_job (
    profile_id BIGINT      NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    kind       VARCHAR(20) NOT NULL,
    job_code   VARCHAR(20) NOT NULL REFERENCES sar_job (code),
    PRIMARY KEY (profile_id, kind, job_code)
);
CREATE INDEX ix_sar_profile_job_search ON sar_profile_job (job_code, kind, profile_id);

-- skills with proficiency; theme denormalised so theme + level filters read one index
CREATE TABLE sar_profile_skill (
    profile_id BIGINT      NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    skill_code VARCHAR(20) NOT NULL REFERENCES sar_skill (code),
    theme_code VARCHAR(20) NOT NULL REFERENCES sar_skill_theme (code),
    level      VARCHAR(20) NOT NULL,
    PRIMARY KEY (profile_id, skill_code)
);
CREATE INDEX ix_sar_profile_skill_search ON sar_profile_skill (theme_code, level, profile_id);
CREATE INDEX ix_sar_profile_skill_level ON sar_profile_skill (level, profile_id);

-- link of a profile to an ADC training action (interest, waiting, following, seeking a job after)
CREATE TABLE sar_profile_training (
    profile_id  BIGINT      NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    action_code VARCHAR(20) NOT NULL REFERENCES sar_adc_action (code),
    link_kind   VARCHAR(30) NOT NULL,
    PRIMARY KEY (profile_id, action_code)
);
CREATE INDEX ix_sar_profile_training_search ON sar_profile_training (action_code, profile_id);

-- detail 2: behaviour traits (singularities) and mobility frequency per zone
CREATE TABLE sar_profile_trait (
    profile_id BIGINT      NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    trait      VARCHAR(30) NOT NULL,
    PRIMARY KEY (profile_id, trait)
);
CREATE TABLE sar_profile_mobility (
    profile_id BIGINT      NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    zone       VARCHAR(30) NOT NULL,
    frequency  VARCHAR(30) NOT NULL,
    PRIMARY KEY (profile_id, zone)
);
-- detail 5: company types and contract types sought
CREATE TABLE sar_profile_company_type (
    profile_id   BIGINT      NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    company_type VARCHAR(30) NOT NULL,
    PRIMARY KEY (profile_id, company_type)
);
CREATE TABLE sar_profile_contract_sought (
    profile_id BIGINT      NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    contract   VARCHAR(30) NOT NULL,
    PRIMARY KEY (profile_id, contract)
);

-- documents sent by the candidate (CV and others), downloadable from the profile
CREATE SEQUENCE sar_profile_document_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sar_profile_document (
    id           BIGINT       PRIMARY KEY,
    profile_id   BIGINT       NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    kind         VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sar_profile_document_profile ON sar_profile_document (profile_id);

-- commission interviews of a submitted job seeker
CREATE SEQUENCE sar_interview_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sar_interview (
    id             BIGINT        PRIMARY KEY,
    profile_id     BIGINT        NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    interviewed_on DATE          NOT NULL,
    interviewer_id BIGINT        REFERENCES app_user (id),
    notes          VARCHAR(4000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sar_interview_profile ON sar_interview (profile_id, interviewed_on);

-- ---------------------------------------------------------------- follow-up sheets (fiches SAR)
CREATE SEQUENCE sar_sheet_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sar_sheet (
    id                  BIGINT        PRIMARY KEY,
    company_id          BIGINT        NOT NULL REFERENCES sar_company (id),
    profile_id          BIGINT        NOT NULL REFERENCES sar_profile (id),
    created_by          BIGINT        NOT NULL REFERENCES app_user (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_on          DATE          NOT NULL,
    result              VARCHAR(50)   NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    due_date            DATE,
    overdue             BOOLEAN       NOT NULL,
    no_response         BOOLEAN       NOT NULL,
    no_response_since   DATE,
    comment_text        VARCHAR(4000),
    recruited_on        DATE,
    recruitment_contract VARCHAR(30),
    contract_ends_on    DATE,
    recruitment_state   VARCHAR(30),
    closed              BOOLEAN       NOT NULL,
    version             INTEGER       NOT NULL,
    -- one sheet per candidate in a company's portfolio (and the pool's NOT EXISTS reads this index)
    CONSTRAINT uq_sar_sheet_company_profile UNIQUE (company_id, profile_id)
);
CREATE INDEX ix_sar_sheet_portfolio ON sar_sheet (company_id, created_at);
CREATE INDEX ix_sar_sheet_due ON sar_sheet (due_date, overdue);
CREATE INDEX ix_sar_sheet_recruiter_due ON sar_sheet (created_by, due_date);
CREATE INDEX ix_sar_sheet_profile ON sar_sheet (profile_id, result);
CREATE TABLE sar_sheet_action (
    sheet_id BIGINT      NOT NULL REFERENCES sar_sheet (id) ON DELETE CASCADE,
    action   VARCHAR(40) NOT NULL,
    PRIMARY KEY (sheet_id, action)
);
CREATE TABLE sar_sheet_rejection_cause (
    sheet_id BIGINT      NOT NULL REFERENCES sar_sheet (id) ON DELETE CASCADE,
    cause    VARCHAR(40) NOT NULL,
    PRIMARY KEY (sheet_id, cause)
);
-- one digest per recruiter and day: a re-run of the deadline job the same day sends nothing twice
CREATE TABLE sar_deadline_digest (
    recruiter_id BIGINT  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    digest_date  DATE    NOT NULL,
    sheet_count  INTEGER NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (recruiter_id, digest_date)
);

-- ---------------------------------------------------------------- training needs (pre-recruitment)
CREATE SEQUENCE sar_training_need_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sar_training_need (
    id            BIGINT        PRIMARY KEY,
    company_id    BIGINT        NOT NULL REFERENCES sar_company (id),
    created_by    BIGINT        NOT NULL REFERENCES app_user (id),
    action_code   VARCHAR(20)   REFERENCES sar_adc_action (code),
    job_code      VARCHAR(20)   REFERENCES sar_job (code),
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    places        INTEGER       NOT NULL,
    wished_start  DATE,
    status        VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER       NOT NULL
);
CREATE INDEX ix_sar_training_need_company ON sar_training_need (company_id, created_at);
-- candidates (pool or trainee files) linked to a training need
CREATE TABLE sar_training_need_candidate (
    need_id    BIGINT NOT NULL REFERENCES sar_training_need (id) ON DELETE CASCADE,
    profile_id BIGINT NOT NULL REFERENCES sar_profile (id),
    PRIMARY KEY (need_id, profile_id)
);
-- ---------------------------------------------------------------- referential rows
INSERT INTO sar_skill_theme (code, label, rank_order) VALUES
    ('MET_DOM', 'Métier - Domaine fonctionnel', 1),
    ('MET_SECT', 'Métier - Secteur d''activités', 2),
    ('DEV_LANG', 'Dev - Langage', 3),
    ('DEV_FMWK', 'Dev - Framework', 4),
    ('DEV_TEST', 'Dev - Tests', 5),
    ('LOG_ERP', 'Logiciel - ERP', 6),
    ('LOG_CRM', 'Logiciel - CRM', 7),
    ('LOG_CMS', 'Logiciel - CMS / e-commerce', 8),
    ('LOG_INFO', 'Logiciel - infographie multimédia', 9),
    ('LOG_BUR', 'Logiciel - Bureautique/messagerie', 10),
    ('LOG_ITSM', 'Logiciel - Management du SI / ITSM', 11),
    ('LOG_HELP', 'Logiciel - Helpdesk', 12),
    ('TECH_OS', 'Tech - Système d''exploitation', 13),
    ('TECH_VIRT', 'Tech - Virtualisation', 14),
    ('TECH_DB', 'Tech - Base de données', 15),
    ('TECH_HTTP', 'Tech - Serveur HTTP / Serveur Application', 16),
    ('TECH_NET', 'Tech - Réseau', 17),
    ('TECH_CLOUD', 'Tech - Cloud PaaS', 18),
    ('EXP_SUP', 'Exploitation - Supervision', 19),
    ('EXP_SCHED', 'Exploitation - Ordonnanceur', 20),
    ('EXP_BACKUP', 'Exploitation - Sauvegarde', 21),
    ('SUP_TERM', 'Support - Terminaux / périphériques', 22),
    ('DATA_ANA', 'Data - Analyse de données', 23),
    ('DATA_ETL', 'Data - ETL', 24),
    ('DATA_BIG', 'Data - plateforme big data', 25),
    ('INFO_TECH', 'Informatique technique', 26),
    ('METHODO', 'Méthodologies', 27),
    ('LOG_OTHER', 'Logiciel - Métier et collaboratif', 28);
INSERT INTO sar_skill (code, theme_code, label, rank_order) VALUES
    ('MET_DOM_01', 'MET_DOM', 'Comptabilité / Finance', 1),
    ('MET_DOM_02', 'MET_DOM', 'Contrôle de gestion', 2),
    ('MET_DOM_03', 'MET_DOM', 'Paie', 3),
    ('MET_DOM_04', 'MET_DOM', 'Ressources humaines', 4),
    ('MET_DOM_05', 'MET_DOM', 'Commercial', 5),
    ('MET_DOM_06', 'MET_DOM', 'Administration Ventes', 6),
    ('MET_DOM_07', 'MET_DOM', 'Achat / Approvisionnement', 7),
    ('MET_DOM_08', 'MET_DOM', 'Logistique', 8),
    ('MET_DOM_09', 'MET_DOM', 'Production industrielle', 9),
    ('MET_DOM_10', 'MET_DOM', 'Maintenance', 10),
    ('MET_DOM_11', 'MET_DOM', 'Relation Client', 11),
    ('MET_DOM_12', 'MET_DOM', 'Marketing', 12),
    ('MET_DOM_13', 'MET_DOM', 'Juridique', 13),
    ('MET_DOM_14', 'MET_DOM', 'Qualité', 14),
    ('MET_SECT_01', 'MET_SECT', 'Banque', 1),
    ('MET_SECT_02', 'MET_SECT', 'Assurance', 2),
    ('MET_SECT_03', 'MET_SECT', 'Télécom', 3),
    ('MET_SECT_04', 'MET_SECT', 'Industrie', 4),
    ('MET_SECT_05', 'MET_SECT', 'Distribution / Commerce', 5),
    ('MET_SECT_06', 'MET_SECT', 'Santé', 6),
    ('MET_SECT_07', 'MET_SECT', 'Services aux entreprises', 7),
    ('MET_SECT_08', 'MET_SECT', 'Secteur public', 8),
    ('MET_SECT_09', 'MET_SECT', 'Transport', 9),
    ('MET_SECT_10', 'MET_SECT', 'Énergie', 10),
    ('MET_SECT_11', 'MET_SECT', 'Protection sociale', 11),
    ('MET_SECT_12', 'MET_SECT', 'BTP', 12),
    ('DEV_LANG_01', 'DEV_LANG', 'Java', 1),
    ('DEV_LANG_02', 'DEV_LANG', 'C#', 2),
    ('DEV_LANG_03', 'DEV_LANG', 'C / C++', 3),
    ('DEV_LANG_04', 'DEV_LANG', 'Python', 4),
    ('DEV_LANG_05', 'DEV_LANG', 'PHP', 5),
    ('DEV_LANG_06', 'DEV_LANG', 'JavaScript', 6),
    ('DEV_LANG_07', 'DEV_LANG', 'TypeScript', 7),
    ('DEV_LANG_08', 'DEV_LANG', 'Go', 8),
    ('DEV_LANG_09', 'DEV_LANG', 'Kotlin', 9),
    ('DEV_LANG_10', 'DEV_LANG', 'Swift', 10),
    ('DEV_LANG_11', 'DEV_LANG', 'COBOL', 11),
    ('DEV_LANG_12', 'DEV_LANG', 'Rust', 12),
    ('DEV_LANG_13', 'DEV_LANG', 'Scala', 13),
    ('DEV_LANG_14', 'DEV_LANG', 'Perl', 14),
    ('DEV_LANG_15', 'DEV_LANG', 'SQL / PL-SQL', 15),
    ('DEV_LANG_16', 'DEV_LANG', 'Shell / Bash', 16),
    ('DEV_LANG_17', 'DEV_LANG', 'Ruby', 17),
    ('DEV_LANG_18', 'DEV_LANG', 'VB.NET', 18),
    ('DEV_LANG_19', 'DEV_LANG', 'HTML / CSS', 19),
    ('DEV_FMWK_01', 'DEV_FMWK', 'Spring / Spring Boot', 1),
    ('DEV_FMWK_02', 'DEV_FMWK', 'Jakarta EE', 2),
    ('DEV_FMWK_03', 'DEV_FMWK', 'Hibernate / JPA', 3),
    ('DEV_FMWK_04', 'DEV_FMWK', '.NET / ASP.NET', 4),
    ('DEV_FMWK_05', 'DEV_FMWK', 'Angular', 5),
    ('DEV_FMWK_06', 'DEV_FMWK', 'React', 6),
    ('DEV_FMWK_07', 'DEV_FMWK', 'Vue.js', 7),
    ('DEV_FMWK_08', 'DEV_FMWK', 'Symfony', 8),
    ('DEV_FMWK_09', 'DEV_FMWK', 'Laravel', 9),
    ('DEV_FMWK_10', 'DEV_FMWK', 'Django', 10),
    ('DEV_FMWK_11', 'DEV_FMWK', 'Node.js / Express', 11),
    ('DEV_FMWK_12', 'DEV_FMWK', 'Flutter', 12),
    ('DEV_FMWK_13', 'DEV_FMWK', 'jQuery', 13),
    ('DEV_FMWK_14', 'DEV_FMWK', 'Struts', 14),
    ('DEV_FMWK_15', 'DEV_FMWK', 'Quarkus', 15),
    ('DEV_TEST_01', 'DEV_TEST', 'Tests unitaires (JUnit, NUnit...)', 1),
    ('DEV_TEST_02', 'DEV_TEST', 'Selenium', 2),
    ('DEV_TEST_03', 'DEV_TEST', 'Cucumber / BDD', 3),
    ('DEV_TEST_04', 'DEV_TEST', 'JMeter', 4),
    ('DEV_TEST_05', 'DEV_TEST', 'Tests de non-régression', 5),
    ('DEV_TEST_06', 'DEV_TEST', 'Recette fonctionnelle', 6),
    ('DEV_TEST_07', 'DEV_TEST', 'SonarQube', 7),
    ('DEV_TEST_08', 'DEV_TEST', 'Postman / tests API', 8),
    ('DEV_TEST_09', 'DEV_TEST', 'Gatling', 9),
    ('DEV_TEST_10', 'DEV_TEST', 'Cypress', 10),
    ('DEV_TEST_11', 'DEV_TEST', 'Intégration continue (Jenkins, GitLab CI)', 11),
    ('LOG_ERP_01', 'LOG_ERP', 'SAP', 1),
    ('LOG_ERP_02', 'LOG_ERP', 'Oracle E-Business Suite', 2),
    ('LOG_ERP_03', 'LOG_ERP', 'Microsoft Dynamics', 3),
    ('LOG_ERP_04', 'LOG_ERP', 'Sage', 4),
    ('LOG_ERP_05', 'LOG_ERP', 'Cegid', 5),
    ('LOG_ERP_06', 'LOG_ERP', 'Divalto', 6),
    ('LOG_ERP_07', 'LOG_ERP', 'Odoo', 7),
    ('LOG_ERP_08', 'LOG_ERP', 'Infor', 8),
    ('LOG_ERP_09', 'LOG_ERP', 'Qualiac', 9),
    ('LOG_ERP_10', 'LOG_ERP', 'JD Edwards', 10),
    ('LOG_ERP_11', 'LOG_ERP', 'Sage X3', 11),
    ('LOG_CRM_01', 'LOG_CRM', 'Salesforce', 1),
    ('LOG_CRM_02', 'LOG_CRM', 'Microsoft Dynamics CRM', 2),
    ('LOG_CRM_03', 'LOG_CRM', 'SugarCRM', 3),
    ('LOG_CRM_04', 'LOG_CRM', 'HubSpot', 4),
    ('LOG_CRM_05', 'LOG_CRM', 'Zoho CRM', 5),
    ('LOG_CRM_06', 'LOG_CRM', 'Siebel', 6),
    ('LOG_CRM_07', 'LOG_CRM', 'SellSy', 7),
    ('LOG_CRM_08', 'LOG_CRM', 'Pipedrive', 8),
    ('LOG_CMS_01', 'LOG_CMS', 'Wordpress', 1),
    ('LOG_CMS_02', 'LOG_CMS', 'Drupal', 2),
    ('LOG_CMS_03', 'LOG_CMS', 'Joomla', 3),
    ('LOG_CMS_04', 'LOG_CMS', 'Typo3', 4),
    ('LOG_CMS_05', 'LOG_CMS', 'Prestashop', 5),
    ('LOG_CMS_06', 'LOG_CMS', 'Magento', 6),
    ('LOG_CMS_07', 'LOG_CMS', 'Shopify', 7),
    ('LOG_CMS_08', 'LOG_CMS', 'WooCommerce', 8),
    ('LOG_CMS_09', 'LOG_CMS', 'Liferay', 9),
    ('LOG_INFO_01', 'LOG_INFO', 'Photoshop', 1),
    ('LOG_INFO_02', 'LOG_INFO', 'Illustrator', 2),
    ('LOG_INFO_03', 'LOG_INFO', 'InDesign', 3),
    ('LOG_INFO_04', 'LOG_INFO', 'Premiere Pro', 4),
    ('LOG_INFO_05', 'LOG_INFO', 'After Effects', 5),
    ('LOG_INFO_06', 'LOG_INFO', 'Gimp', 6),
    ('LOG_INFO_07', 'LOG_INFO', 'Blender', 7),
    ('LOG_INFO_08', 'LOG_INFO', 'Figma', 8),
    ('LOG_INFO_09', 'LOG_INFO', 'Sketch', 9),
    ('LOG_INFO_10', 'LOG_INFO', 'Dreamweaver', 10),
    ('LOG_BUR_01', 'LOG_BUR', 'Word', 1),
    ('LOG_BUR_02', 'LOG_BUR', 'Excel', 2),
    ('LOG_BUR_03', 'LOG_BUR', 'PowerPoint', 3),
    ('LOG_BUR_04', 'LOG_BUR', 'Access', 4),
    ('LOG_BUR_05', 'LOG_BUR', 'Outlook', 5),
    ('LOG_BUR_06', 'LOG_BUR', 'LibreOffice', 6),
    ('LOG_BUR_07', 'LOG_BUR', 'Microsoft 365 / Teams', 7),
    ('LOG_BUR_08', 'LOG_BUR', 'Google Workspace', 8),
    ('LOG_BUR_09', 'LOG_BUR', 'Lotus Notes', 9),
    ('LOG_BUR_10', 'LOG_BUR', 'Exchange Server', 10),
    ('LOG_BUR_11', 'LOG_BUR', 'Thunderbird', 11),
    ('LOG_ITSM_01', 'LOG_ITSM', 'ITIL', 1),
    ('LOG_ITSM_02', 'LOG_ITSM', 'ServiceNow', 2),
    ('LOG_ITSM_03', 'LOG_ITSM', 'GLPI', 3),
    ('LOG_ITSM_04', 'LOG_ITSM', 'EasyVista', 4),
    ('LOG_ITSM_05', 'LOG_ITSM', 'BMC Remedy', 5),
    ('LOG_ITSM_06', 'LOG_ITSM', 'Jira Service Management', 6),
    ('LOG_ITSM_07', 'LOG_ITSM', 'iTop', 7),
    ('LOG_ITSM_08', 'LOG_ITSM', 'OCS Inventory', 8),
    ('LOG_ITSM_09', 'LOG_ITSM', 'Cobit', 9),
    ('LOG_HELP_01', 'LOG_HELP', 'Outil ticketing', 1),
    ('LOG_HELP_02', 'LOG_HELP', 'Prise en main à distance (TeamViewer, VNC...)', 2),
    ('LOG_HELP_03', 'LOG_HELP', 'Zendesk', 3),
    ('LOG_HELP_04', 'LOG_HELP', 'Freshdesk', 4),
    ('LOG_HELP_05', 'LOG_HELP', 'OTRS', 5),
    ('LOG_HELP_06', 'LOG_HELP', 'Base de connaissances', 6),
    ('LOG_HELP_07', 'LOG_HELP', 'Téléphonie / CTI', 7),
    ('LOG_HELP_08', 'LOG_HELP', 'Mantis', 8),
    ('TECH_OS_01', 'TECH_OS', 'Windows', 1),
    ('TECH_OS_02', 'TECH_OS', 'Windows Server', 2),
    ('TECH_OS_03', 'TECH_OS', 'LINUX', 3),
    ('TECH_OS_04', 'TECH_OS', 'UNIX (SCO, AIX, ...)', 4),
    ('TECH_OS_05', 'TECH_OS', 'Red Hat Enterprise Linux', 5),
    ('TECH_OS_06', 'TECH_OS', 'Debian / Ubuntu', 6),
    ('TECH_OS_07', 'TECH_OS', 'macOS', 7),
    ('TECH_OS_08', 'TECH_OS', 'Android', 8),
    ('TECH_OS_09', 'TECH_OS', 'iOS', 9),
    ('TECH_OS_10', 'TECH_OS', 'CISCO UCS', 10),
    ('TECH_OS_11', 'TECH_OS', 'Active Directory', 11),
    ('TECH_VIRT_01', 'TECH_VIRT', 'VMware', 1),
    ('TECH_VIRT_02', 'TECH_VIRT', 'Citrix Xen server', 2),
    ('TECH_VIRT_03', 'TECH_VIRT', 'Windows RDP', 3),
    ('TECH_VIRT_04', 'TECH_VIRT', 'Hyper-V', 4),
    ('TECH_VIRT_05', 'TECH_VIRT', 'KVM', 5),
    ('TECH_VIRT_06', 'TECH_VIRT', 'Proxmox', 6),
    ('TECH_VIRT_07', 'TECH_VIRT', 'Docker', 7),
    ('TECH_VIRT_08', 'TECH_VIRT', 'Kubernetes', 8),
    ('TECH_VIRT_09', 'TECH_VIRT', 'Citrix Virtual Apps', 9),
    ('TECH_VIRT_10', 'TECH_VIRT', 'VirtualBox', 10),
    ('TECH_DB_01', 'TECH_DB', 'Oracle', 1),
    ('TECH_DB_02', 'TECH_DB', 'SQL Server', 2),
    ('TECH_DB_03', 'TECH_DB', 'My SQL', 3),
    ('TECH_DB_04', 'TECH_DB', 'PostgreSQL', 4),
    ('TECH_DB_05', 'TECH_DB', 'MariaDB', 5),
    ('TECH_DB_06', 'TECH_DB', 'MongoDB', 6),
    ('TECH_DB_07', 'TECH_DB', 'DB2', 7),
    ('TECH_DB_08', 'TECH_DB', 'Sybase', 8),
    ('TECH_DB_09', 'TECH_DB', 'Redis', 9),
    ('TECH_DB_10', 'TECH_DB', 'Cassandra', 10),
    ('TECH_DB_11', 'TECH_DB', 'SQLite', 11),
    ('TECH_DB_12', 'TECH_DB', 'Elasticsearch', 12),
    ('TECH_DB_13', 'TECH_DB', 'Neo4j', 13),
    ('TECH_HTTP_01', 'TECH_HTTP', 'Apache HTTP Server', 1),
    ('TECH_HTTP_02', 'TECH_HTTP', 'Nginx', 2),
    ('TECH_HTTP_03', 'TECH_HTTP', 'IIS', 3),
    ('TECH_HTTP_04', 'TECH_HTTP', 'Tomcat', 4),
    ('TECH_HTTP_05', 'TECH_HTTP', 'Oracle Weblogic', 5),
    ('TECH_HTTP_06', 'TECH_HTTP', 'IBM WebSphere', 6),
    ('TECH_HTTP_07', 'TECH_HTTP', 'JBoss / WildFly', 7),
    ('TECH_HTTP_08', 'TECH_HTTP', 'GlassFish / Payara', 8),
    ('TECH_HTTP_09', 'TECH_HTTP', 'HAProxy', 9),
    ('TECH_NET_01', 'TECH_NET', 'TCP/IP', 1),
    ('TECH_NET_02', 'TECH_NET', 'VPN', 2),
    ('TECH_NET_03', 'TECH_NET', 'Reverse proxy', 3),
    ('TECH_NET_04', 'TECH_NET', 'Load balancing', 4),
    ('TECH_NET_05', 'TECH_NET', 'Firewall', 5),
    ('TECH_NET_06', 'TECH_NET', 'Routage / Switching Cisco', 6),
    ('TECH_NET_07', 'TECH_NET', 'Wifi', 7),
    ('TECH_NET_08', 'TECH_NET', 'VoIP / ToIP', 8),
    ('TECH_NET_09', 'TECH_NET', 'IPv6', 9),
    ('TECH_NET_10', 'TECH_NET', 'Radius', 10),
    ('TECH_NET_11', 'TECH_NET', 'DNS / DHCP', 11),
    ('TECH_NET_12', 'TECH_NET', 'VLAN', 12),
    ('TECH_NET_13', 'TECH_NET', 'Sécurité réseau', 13),
    ('TECH_NET_14', 'TECH_NET', 'Fibre / câblage', 14),
    ('TECH_CLOUD_01', 'TECH_CLOUD', 'Amazon Web Services', 1),
    ('TECH_CLOUD_02', 'TECH_CLOUD', 'Microsoft Azure', 2),
    ('TECH_CLOUD_03', 'TECH_CLOUD', 'Google Cloud Platform', 3),
    ('TECH_CLOUD_04', 'TECH_CLOUD', 'OVHcloud', 4),
    ('TECH_CLOUD_05', 'TECH_CLOUD', 'OpenShift', 5),
    ('TECH_CLOUD_06', 'TECH_CLOUD', 'Heroku', 6),
    ('TECH_CLOUD_07', 'TECH_CLOUD', 'Terraform', 7),
    ('TECH_CLOUD_08', 'TECH_CLOUD', 'Ansible', 8),
    ('TECH_CLOUD_09', 'TECH_CLOUD', 'CloudFoundry', 9),
    ('TECH_CLOUD_10', 'TECH_CLOUD', 'Puppet', 10),
    ('TECH_CLOUD_11', 'TECH_CLOUD', 'Chef', 11),
    ('EXP_SUP_01', 'EXP_SUP', 'Nagios', 1),
    ('EXP_SUP_02', 'EXP_SUP', 'Centreon', 2),
    ('EXP_SUP_03', 'EXP_SUP', 'Zabbix', 3),
    ('EXP_SUP_04', 'EXP_SUP', 'Prometheus / Grafana', 4),
    ('EXP_SUP_05', 'EXP_SUP', 'PRTG', 5),
    ('EXP_SUP_06', 'EXP_SUP', 'ELK (logs)', 6),
    ('EXP_SUP_07', 'EXP_SUP', 'HP OpenView', 7),
    ('EXP_SUP_08', 'EXP_SUP', 'Datadog', 8),
    ('EXP_SUP_09', 'EXP_SUP', 'Shinken', 9),
    ('EXP_SUP_10', 'EXP_SUP', 'SolarWinds', 10),
    ('EXP_SCHED_01', 'EXP_SCHED', 'Control-M', 1),
    ('EXP_SCHED_02', 'EXP_SCHED', '$Universe', 2),
    ('EXP_SCHED_03', 'EXP_SCHED', 'VTOM', 3),
    ('EXP_SCHED_04', 'EXP_SCHED', 'Autosys', 4),
    ('EXP_SCHED_05', 'EXP_SCHED', 'OpCon', 5),
    ('EXP_SCHED_06', 'EXP_SCHED', 'Cron', 6),
    ('EXP_SCHED_07', 'EXP_SCHED', 'IBM Workload Scheduler', 7),
    ('EXP_SCHED_08', 'EXP_SCHED', 'Automic', 8),
    ('EXP_BACKUP_01', 'EXP_BACKUP', 'Tivoli Storage Manager', 1),
    ('EXP_BACKUP_02', 'EXP_BACKUP', 'Acronis', 2),
    ('EXP_BACKUP_03', 'EXP_BACKUP', 'Veeam', 3),
    ('EXP_BACKUP_04', 'EXP_BACKUP', 'Netbackup', 4),
    ('EXP_BACKUP_05', 'EXP_BACKUP', 'Backup Exec', 5),
    ('EXP_BACKUP_06', 'EXP_BACKUP', 'Arcserve', 6),
    ('EXP_BACKUP_07', 'EXP_BACKUP', 'Commvault', 7),
    ('EXP_BACKUP_08', 'EXP_BACKUP', 'Bacula', 8),
    ('EXP_BACKUP_09', 'EXP_BACKUP', 'Plan de reprise d''activité', 9),
    ('SUP_TERM_01', 'SUP_TERM', 'Postes de travail PC', 1),
    ('SUP_TERM_02', 'SUP_TERM', 'Imprimantes / copieurs', 2),
    ('SUP_TERM_03', 'SUP_TERM', 'Smartphones / tablettes', 3),
    ('SUP_TERM_04', 'SUP_TERM', 'Masterisation / déploiement', 4),
    ('SUP_TERM_05', 'SUP_TERM', 'Câblage / brassage', 5),
    ('SUP_TERM_06', 'SUP_TERM', 'Terminaux de paiement', 6),
    ('SUP_TERM_07', 'SUP_TERM', 'Scanners / lecteurs codes-barres', 7),
    ('SUP_TERM_08', 'SUP_TERM', 'Périphériques audio / vidéo', 8),
    ('SUP_TERM_09', 'SUP_TERM', 'MDM (gestion de flotte mobile)', 9),
    ('SUP_TERM_10', 'SUP_TERM', 'Visioconférence', 10),
    ('DATA_ANA_01', 'DATA_ANA', 'Power BI', 1),
    ('DATA_ANA_02', 'DATA_ANA', 'Tableau', 2),
    ('DATA_ANA_03', 'DATA_ANA', 'Qlik', 3),
    ('DATA_ANA_04', 'DATA_ANA', 'Business Objects', 4),
    ('DATA_ANA_05', 'DATA_ANA', 'SAS', 5),
    ('DATA_ANA_06', 'DATA_ANA', 'R', 6),
    ('DATA_ANA_07', 'DATA_ANA', 'Python data (pandas)', 7),
    ('DATA_ANA_08', 'DATA_ANA', 'Excel avancé / tableaux croisés', 8),
    ('DATA_ANA_09', 'DATA_ANA', 'Statistiques', 9),
    ('DATA_ANA_10', 'DATA_ANA', 'Data visualisation', 10),
    ('DATA_ANA_11', 'DATA_ANA', 'Machine learning', 11),
    ('DATA_ANA_12', 'DATA_ANA', 'SQL analytique', 12),
    ('DATA_ETL_01', 'DATA_ETL', 'Talend', 1),
    ('DATA_ETL_02', 'DATA_ETL', 'Informatica', 2),
    ('DATA_ETL_03', 'DATA_ETL', 'SSIS', 3),
    ('DATA_ETL_04', 'DATA_ETL', 'DataStage', 4),
    ('DATA_ETL_05', 'DATA_ETL', 'Oracle Data Integrator', 5),
    ('DATA_ETL_06', 'DATA_ETL', 'Semarchy', 6),
    ('DATA_ETL_07', 'DATA_ETL', 'Apache NiFi', 7),
    ('DATA_ETL_08', 'DATA_ETL', 'Pentaho', 8),
    ('DATA_BIG_01', 'DATA_BIG', 'Hadoop', 1),
    ('DATA_BIG_02', 'DATA_BIG', 'Spark', 2),
    ('DATA_BIG_03', 'DATA_BIG', 'Kafka', 3),
    ('DATA_BIG_04', 'DATA_BIG', 'Hive', 4),
    ('DATA_BIG_05', 'DATA_BIG', 'HBase', 5),
    ('DATA_BIG_06', 'DATA_BIG', 'Databricks', 6),
    ('DATA_BIG_07', 'DATA_BIG', 'Snowflake', 7),
    ('DATA_BIG_08', 'DATA_BIG', 'BigQuery', 8),
    ('DATA_BIG_09', 'DATA_BIG', 'Flink', 9),
    ('INFO_TECH_01', 'INFO_TECH', 'Assembleur', 1),
    ('INFO_TECH_02', 'INFO_TECH', 'Systèmes embarqués', 2),
    ('INFO_TECH_03', 'INFO_TECH', 'Automates (API) / Siemens', 3),
    ('INFO_TECH_04', 'INFO_TECH', 'Électronique', 4),
    ('INFO_TECH_05', 'INFO_TECH', 'Temps réel', 5),
    ('INFO_TECH_06', 'INFO_TECH', 'Objets connectés / IoT', 6),
    ('INFO_TECH_07', 'INFO_TECH', 'Linux embarqué', 7),
    ('INFO_TECH_08', 'INFO_TECH', 'SCADA', 8),
    ('INFO_TECH_09', 'INFO_TECH', 'Arduino / Raspberry Pi', 9),
    ('INFO_TECH_10', 'INFO_TECH', 'Robotique', 10),
    ('INFO_TECH_11', 'INFO_TECH', 'VHDL', 11),
    ('METHODO_01', 'METHODO', 'Conception agile', 1),
    ('METHODO_02', 'METHODO', 'SCRUM', 2),
    ('METHODO_03', 'METHODO', 'Gestion de projet', 3),
    ('METHODO_04', 'METHODO', 'Gestion Relation utilisateur', 4),
    ('METHODO_05', 'METHODO', 'Conduite diagnostic à distance', 5),
    ('METHODO_06', 'METHODO', 'Merise', 6),
    ('METHODO_07', 'METHODO', 'UML', 7),
    ('METHODO_08', 'METHODO', 'Kanban', 8),
    ('METHODO_09', 'METHODO', 'DevOps', 9),
    ('METHODO_10', 'METHODO', 'Prince2', 10),
    ('METHODO_11', 'METHODO', 'Cycle en V', 11),
    ('METHODO_12', 'METHODO', 'Rédaction de spécifications', 12),
    ('METHODO_13', 'METHODO', 'Conduite du changement', 13),
    ('METHODO_14', 'METHODO', 'RGPD', 14),
    ('METHODO_15', 'METHODO', 'Lean', 15),
    ('METHODO_16', 'METHODO', 'SAFe', 16),
    ('LOG_OTHER_01', 'LOG_OTHER', 'SharePoint', 1),
    ('LOG_OTHER_02', 'LOG_OTHER', 'Confluence', 2),
    ('LOG_OTHER_03', 'LOG_OTHER', 'Jira', 3),
    ('LOG_OTHER_04', 'LOG_OTHER', 'GED (documentaire)', 4),
    ('LOG_OTHER_05', 'LOG_OTHER', 'Outils de gestion de projet (MS Project)', 5),
    ('LOG_OTHER_06', 'LOG_OTHER', 'Lotus Domino', 6),
    ('LOG_OTHER_07', 'LOG_OTHER', 'Trello', 7);
INSERT INTO sar_employment_area (code, label, rank_order) VALUES
    ('BAS_RHIN', 'Alsace / Bas-Rhin', 1),
    ('HAUT_RHIN', 'Alsace / Haut-Rhin', 2),
    ('MOSELLE', 'Lorraine / Moselle', 3),
    ('MEURTHE_MOSELLE', 'Lorraine / Meurthe-et-Moselle', 4),
    ('VOSGES', 'Lorraine / Vosges', 5),
    ('MEUSE', 'Lorraine / Meuse', 6),
    ('MARNE', 'Champagne-Ardenne / Marne', 7),
    ('AUBE', 'Champagne-Ardenne / Aube', 8),
    ('ARDENNES', 'Champagne-Ardenne / Ardennes', 9),
    ('HAUTE_MARNE', 'Champagne-Ardenne / Haute-Marne', 10);
INSERT INTO sar_job_family (code, label, rank_order) VALUES
    ('PROD', 'Famille Métier - Production technique', 1),
    ('DEV', 'Famille Métier - Études et développement', 2),
    ('CONSEIL', 'Famille Métier - Conseil, maîtrise d''ouvrage', 3),
    ('SUPPORT', 'Famille Métier - Support et assistance', 4),
    ('MGT', 'Famille Métier - Management', 5),
    ('DATA', 'Famille Métier - Data', 6),
    ('WEB', 'Famille Métier - Web et multimédia', 7);
INSERT INTO sar_job (code, family_code, label, rank_order) VALUES
    ('PROD_1', 'PROD', 'Administrateur Système / Réseaux', 1),
    ('PROD_2', 'PROD', 'Administrateur d''infrastructure', 2),
    ('PROD_3', 'PROD', 'Administrateur de bases de données', 3),
    ('PROD_4', 'PROD', 'Technicien d''exploitation', 4),
    ('PROD_5', 'PROD', 'Ingénieur cloud / DevOps', 5),
    ('DEV_1', 'DEV', 'Développeur', 6),
    ('DEV_2', 'DEV', 'Analyste programmeur', 7),
    ('DEV_3', 'DEV', 'Architecte logiciel', 8),
    ('DEV_4', 'DEV', 'Testeur / recetteur', 9),
    ('DEV_5', 'DEV', 'Intégrateur web', 10),
    ('CONSEIL_1', 'CONSEIL', 'Consultant métier', 11),
    ('CONSEIL_2', 'CONSEIL', 'Analyste fonctionnel', 12),
    ('CONSEIL_3', 'CONSEIL', 'Consultant ERP', 13),
    ('CONSEIL_4', 'CONSEIL', 'Architecte infrastructure', 14),
    ('CONSEIL_5', 'CONSEIL', 'Business analyst data', 15),
    ('SUPPORT_1', 'SUPPORT', 'Conseiller hotline', 16),
    ('SUPPORT_2', 'SUPPORT', 'Technicien assistance sur site', 17),
    ('SUPPORT_3', 'SUPPORT', 'Technicien de maintenance', 18),
    ('SUPPORT_4', 'SUPPORT', 'Responsable Service Desk', 19),
    ('SUPPORT_5', 'SUPPORT', 'Technicien réseaux et télécoms', 20),
    ('MGT_1', 'MGT', 'Manager de Projet', 21),
    ('MGT_2', 'MGT', 'Responsable « Business Unit »', 22),
    ('MGT_3', 'MGT', 'Chef de projet MOA', 23),
    ('MGT_4', 'MGT', 'Scrum master', 24),
    ('DATA_1', 'DATA', 'Data analyst', 25),
    ('DATA_2', 'DATA', 'Data engineer', 26),
    ('DATA_3', 'DATA', 'Data scientist', 27),
    ('WEB_1', 'WEB', 'Webdesigner / infographiste', 28),
    ('WEB_2', 'WEB', 'Chargé de référencement', 29),
    ('WEB_3', 'WEB', 'Community manager', 30);
INSERT INTO sar_adc_action (code, label, kind, duration_months, description, rank_order) VALUES
    ('FIS_DEV3', 'Formation Intensive Spécialisée - Développeur Java (3 mois)', 'INTENSIVE', 3, 'Action ADC du catalogue Numéric''Emploi : Formation Intensive Spécialisée - Développeur Java (3 mois). Stage en entreprise prévu au cours de la formation.', 1),
    ('FIS_SUP3', 'Formation Intensive Spécialisée - Technicien support (3 mois)', 'INTENSIVE', 3, 'Action ADC du catalogue Numéric''Emploi : Formation Intensive Spécialisée - Technicien support (3 mois). Stage en entreprise prévu au cours de la formation.', 2),
    ('FIS_RES6', 'Formation Intensive Spécialisée - Administrateur réseaux (6 mois)', 'INTENSIVE', 6, 'Action ADC du catalogue Numéric''Emploi : Formation Intensive Spécialisée - Administrateur réseaux (6 mois). Stage en entreprise prévu au cours de la formation.', 3),
    ('FIS_DATA6', 'Formation Intensive Spécialisée - Analyste de données (6 mois)', 'INTENSIVE', 6, 'Action ADC du catalogue Numéric''Emploi : Formation Intensive Spécialisée - Analyste de données (6 mois). Stage en entreprise prévu au cours de la formation.', 4),
    ('BASES6', 'Formation préalable aux bases du métier (6 mois maxi)', 'BASICS', 6, 'Action ADC du catalogue Numéric''Emploi : Formation préalable aux bases du métier (6 mois maxi). Stage en entreprise prévu au cours de la formation.', 5),
    ('GEN_DEV6', 'Formation Généraliste - Développeur d''applications (6 mois)', 'GENERAL', 6, 'Action ADC du catalogue Numéric''Emploi : Formation Généraliste - Développeur d''applications (6 mois). Stage en entreprise prévu au cours de la formation.', 6),
    ('GEN_INFRA9', 'Formation Généraliste - Technicien infrastructure (9 mois)', 'GENERAL', 9, 'Action ADC du catalogue Numéric''Emploi : Formation Généraliste - Technicien infrastructure (9 mois). Stage en entreprise prévu au cours de la formation.', 7),
    ('GEN_CONS12', 'Formation Généraliste - Consultant fonctionnel (1 an)', 'GENERAL', 12, 'Action ADC du catalogue Numéric''Emploi : Formation Généraliste - Consultant fonctionnel (1 an). Stage en entreprise prévu au cours de la formation.', 8),
    ('GEN_ING24', 'Formation Généraliste - Concepteur développeur en alternance (2 ans)', 'GENERAL', 24, 'Action ADC du catalogue Numéric''Emploi : Formation Généraliste - Concepteur développeur en alternance (2 ans). Stage en entreprise prévu au cours de la formation.', 9),
    ('POEI', 'Préparation opérationnelle à l''emploi individuelle (POEI)', 'INDIVIDUAL', 3, 'Action ADC du catalogue Numéric''Emploi : Préparation opérationnelle à l''emploi individuelle (POEI). Stage en entreprise prévu au cours de la formation.', 10),
    ('AFPR', 'Action de formation préalable au recrutement (AFPR)', 'INDIVIDUAL', 3, 'Action ADC du catalogue Numéric''Emploi : Action de formation préalable au recrutement (AFPR). Stage en entreprise prévu au cours de la formation.', 11);
