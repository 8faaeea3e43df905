-- Issue 3: offer life cycle (versions, teams, closure), approval processes (careers committee,
-- EN3S derogation) and publication channels with their outbound feeds.

-- careers-committee post (Directeur, Agent comptable, Médecin conseil régional and adjoint), the
-- approving national fund named by a multibranch organisation, the content version, the EN3S period
-- (year) the offer was subject to, whether salary shows on institutional sites, closure
ALTER TABLE job_offer ADD COLUMN careers_committee_post VARCHAR(40);
ALTER TABLE job_offer ADD COLUMN national_fund_code VARCHAR(20) REFERENCES national_fund (code);
ALTER TABLE job_offer ADD COLUMN content_version INTEGER DEFAULT 1 NOT NULL;
-- an approval counts only for this version or a later one (raised when an edit needs re-approval)
ALTER TABLE job_offer ADD COLUMN approval_min_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE job_offer ADD COLUMN en3s_year INTEGER;
ALTER TABLE job_offer ADD COLUMN show_salary BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE job_offer ADD COLUMN closed_reason VARCHAR(20);
ALTER TABLE job_offer ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
-- ARS are in the EN3S scope only when their staff is under the general scheme's collective agreement
ALTER TABLE organisation ADD COLUMN general_scheme_agreement BOOLEAN DEFAULT FALSE NOT NULL;

-- the EN3S control report: in-scope offers of one period, newest first
CREATE INDEX ix_job_offer_en3s ON job_offer (en3s_year, created_at, id);
CREATE INDEX ix_job_offer_en3s_org ON job_offer (organisation_id, en3s_year, created_at, id);
-- the expiry job: published offers past their closing date
CREATE INDEX ix_job_offer_closing ON job_offer (status, closing_date);

-- a snapshot of the offer's content each time an approved or published offer is edited
CREATE SEQUENCE offer_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE offer_version (
    id                       BIGINT         PRIMARY KEY,
    offer_id                 BIGINT         NOT NULL REFERENCES job_offer (id) ON DELETE CASCADE,
    number                   INTEGER        NOT NULL,
    title                    VARCHAR(200)   NOT NULL,
    description_html         VARCHAR(20000) NOT NULL,
    contract_type_code       VARCHAR(30)    NOT NULL,
    departement_code         VARCHAR(3)     NOT NULL,
    qualification_level_code VARCHAR(20),
    education_level_code     VARCHAR(20),
    salary                   VARCHAR(100),
    closing_date             DATE,
    reapproval_required      BOOLEAN        NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by               VARCHAR(100)   NOT NULL,
    UNIQUE (offer_id, number)
);

-- Équipe opérationnelle (recruiters working the offer) and équipe d'approbation (named approvers)
CREATE SEQUENCE offer_team_member_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE offer_team_member (
    id       BIGINT       PRIMARY KEY,
    offer_id BIGINT       NOT NULL REFERENCES job_offer (id) ON DELETE CASCADE,
    team     VARCHAR(20)  NOT NULL,
    user_id  BIGINT       NOT NULL REFERENCES app_user (id),
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by VARCHAR(100) NOT NULL,
    UNIQUE (offer_id, team, user_id)
);
CREATE INDEX ix_offer_team_member_user ON offer_team_member (user_id);

-- one approval process of one offer version; its steps are answered in order
CREATE SEQUENCE approval_process_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE approval_process (
    id               BIGINT        PRIMARY KEY,
    offer_id         BIGINT        NOT NULL REFERENCES job_offer (id) ON DELETE CASCADE,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    kind             VARCHAR(30)   NOT NULL,
    offer_version    INTEGER       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    message          VARCHAR(4000) NOT NULL,
    due_date         DATE          NOT NULL,
    alert_requester  BOOLEAN       NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by       VARCHAR(100)  NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    version          INTEGER       NOT NULL
);
CREATE INDEX ix_approval_process_offer ON approval_process (offer_id, started_at);
CREATE INDEX ix_approval_process_status ON approval_process (status, started_at, id);
CREATE INDEX ix_approval_process_org ON approval_process (organisation_id, status, started_at, id);

CREATE SEQUENCE approval_step_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE approval_step (
    id                       BIGINT        PRIMARY KEY,
    process_id               BIGINT        NOT NULL REFERENCES approval_process (id) ON DELETE CASCADE,
    position                 INTEGER       NOT NULL,
    kind                     VARCHAR(30)   NOT NULL,
    approver_organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    status                   VARCHAR(20)   NOT NULL,
    sent_at                  TIMESTAMP WITH TIME ZONE,
    answered_at              TIMESTAMP WITH TIME ZONE,
    answered_by              VARCHAR(100),
    comment                  VARCHAR(2000),
    UNIQUE (process_id, position)
);
-- the approver's inbox: pending steps of the approver's organisation, oldest first
CREATE INDEX ix_approval_step_inbox ON approval_step (approver_organisation_id, status, sent_at, id);

-- publication channels: a configurable list (seed 000 §1.8)
CREATE TABLE channel (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    site_url    VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    feed_format VARCHAR(10)  NOT NULL,
    rank_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL
);
INSERT INTO channel (code, name, site_url, kind, feed_format, rank_order, active) VALUES
    ('UCANSS', 'ucanss.fr', 'https://www.ucanss.fr', 'INSTITUTIONAL', 'JSON', 1, TRUE),
    ('LACAFRECRUTE', 'lacafrecrute.fr', 'https://www.lacafrecrute.fr', 'INSTITUTIONAL', 'JSON', 2, TRUE),
    ('METIERS_SECU', 'lesmetiersdelasecuritesociale.fr', 'https://www.lesmetiersdelasecuritesociale.fr', 'INSTITUTIONAL', 'JSON', 3, TRUE),
    ('APEC', 'Apec', 'https://www.apec.fr', 'JOB_BOARD', 'XML', 4, TRUE),
    ('POLE_EMPLOI', 'Pôle emploi', 'https://www.pole-emploi.fr', 'JOB_BOARD', 'XML', 5, TRUE),
    ('CAP_EMPLOI', 'Cap emploi', 'https://www.capemploi.info', 'DIVERSITY', 'XML', 6, TRUE),
    ('AGEFIPH', 'Agefiph', 'https://www.agefiph.fr', 'DIVERSITY', 'XML', 7, TRUE),
    ('FIPHFP', 'FIPHFP', 'https://www.fiphfp.fr', 'DIVERSITY', 'XML', 8, TRUE),
    ('MISSION_HANDICAP_UNIV', 'Mission handicap des universités', 'https://www.handi-u.fr', 'DIVERSITY', 'XML', 9, TRUE),
    ('HANPLOI', 'Hanploi', 'https://www.hanploi.com', 'DIVERSITY', 'XML', 10, TRUE),
    ('HANDICAP_FR', 'Emploi Handicap.fr', 'https://emploi.handicap.fr', 'DIVERSITY', 'JSON', 11, TRUE),
    ('HELLO_HANDICAP', 'Hello Handicap', 'https://www.hellohandicap.fr', 'DIVERSITY', 'JSON', 12, TRUE),
    ('JOBEKIA', 'Jobekia', 'https://www.jobekia.com', 'DIVERSITY', 'JSON', 13, TRUE),
    ('TALENTEO', 'Talentéo', 'https://www.talenteo.fr', 'DIVERSITY', 'JSON', 14, TRUE),
    ('TREMPLIN', 'Tremplin Handicap', 'https://www.tremplin-handicap.fr', 'DIVERSITY', 'XML', 15, TRUE),
    ('LADAPT', 'LADAPT', 'https://www.ladapt.net', 'DIVERSITY', 'XML', 16, TRUE),
    ('MOZAIK_RH', 'Mozaïk RH', 'https://www.mozaikrh.com', 'DIVERSITY', 'JSON', 17, TRUE);

-- a publication is withdrawn rather than deleted: the feeds drop it, the history keeps it
ALTER TABLE publication ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE publication ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE publication ADD CONSTRAINT fk_publication_channel FOREIGN KEY (channel) REFERENCES channel (code);
-- a channel's feed: its live publications, newest first
CREATE INDEX ix_publication_feed ON publication (channel, withdrawn_at, published_at, offer_id);

-- what was sent to each channel, when (the feed item as rendered, or the withdrawal)
CREATE SEQUENCE channel_dispatch_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE channel_dispatch (
    id       BIGINT        PRIMARY KEY,
    offer_id BIGINT        NOT NULL REFERENCES job_offer (id) ON DELETE CASCADE,
    channel  VARCHAR(40)   NOT NULL REFERENCES channel (code),
    action   VARCHAR(20)   NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor    VARCHAR(100)  NOT NULL,
    payload  VARCHAR(60000)
);
CREATE INDEX ix_channel_dispatch_offer ON channel_dispatch (offer_id, at);
