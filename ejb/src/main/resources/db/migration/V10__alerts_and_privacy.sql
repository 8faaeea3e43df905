-- Issue 4 (part c): remote work on offers, e-mail alerts with their daily digests, RGPD retention,
-- outbox administration.

-- remote work: a search criterion and an alert criterion
ALTER TABLE job_offer ADD COLUMN remote_work BOOLEAN DEFAULT FALSE NOT NULL;

-- a candidate's saved search, mailed as a daily digest of new matching offers until ends_on
CREATE SEQUENCE job_alert_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE job_alert (
    id                       BIGINT       PRIMARY KEY,
    candidate_id             BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    keywords                 VARCHAR(200),
    region_code              VARCHAR(3)   REFERENCES region (code),
    departement_code         VARCHAR(3)   REFERENCES departement (code),
    organisation_id          BIGINT       REFERENCES organisation (id),
    branch_code              VARCHAR(20)  REFERENCES branch (code),
    contract_type_code       VARCHAR(30)  REFERENCES contract_type (code),
    qualification_level_code VARCHAR(20)  REFERENCES qualification_level (code),
    remote_only              BOOLEAN      NOT NULL,
    period                   VARCHAR(20)  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_on                  DATE         NOT NULL,
    last_digest_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  INTEGER      NOT NULL
);
-- "Mes alertes" (per candidate) and the digest job (active alerts in id order)
CREATE INDEX ix_job_alert_candidate ON job_alert (candidate_id, created_at);
CREATE INDEX ix_job_alert_active ON job_alert (ends_on, id);

-- one digest per alert and day: a re-run of the job the same day sends nothing twice
CREATE TABLE job_alert_digest (
    alert_id     BIGINT      NOT NULL REFERENCES job_alert (id) ON DELETE CASCADE,
    digest_date  DATE        NOT NULL,
    offer_count  INTEGER     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (alert_id, digest_date)
);

-- the secret that signs the links of e-mails opened without login (alert unsubscribe)
CREATE TABLE signing_key (
    name       VARCHAR(40)  PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- retention (CNIL recruitment guide 2023): last login, inactivity warning, anonymised applications
ALTER TABLE candidate_account ADD COLUMN last_login_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE candidate_account ADD COLUMN inactivity_warned_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_candidate_account_activity ON candidate_account (last_login_at, validated_at);
ALTER TABLE job_application ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_job_application_retention ON job_application (anonymised_at, offer_id);
CREATE INDEX ix_job_offer_closed ON job_offer (closed_at);

-- outbox administration: failed messages listed newest first, re-sends recorded
ALTER TABLE outbox_message ADD COLUMN resent_by VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN resent_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_outbox_admin ON outbox_message (status, created_at);
