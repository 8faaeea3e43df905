-- Bourse des emplois: initial schema (portable between H2 in PostgreSQL mode and PostgreSQL 15)

CREATE TABLE region (
    code        VARCHAR(3)   PRIMARY KEY,
    name        VARCHAR(100) NOT NULL
);

CREATE TABLE departement (
    code        VARCHAR(3)   PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    region_code VARCHAR(3)   NOT NULL REFERENCES region (code)
);
CREATE INDEX ix_departement_region ON departement (region_code);

CREATE TABLE branch (
    code        VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL
);

CREATE TABLE scheme (
    code        VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL
);

CREATE TABLE organisation_type (
    code              VARCHAR(20)  PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    branch_code       VARCHAR(20)  NOT NULL REFERENCES branch (code),
    scheme_code       VARCHAR(20)  NOT NULL REFERENCES scheme (code),
    territorial_level VARCHAR(20)  NOT NULL
);

CREATE TABLE national_fund (
    code        VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    branch_code VARCHAR(20)  NOT NULL REFERENCES branch (code),
    scheme_code VARCHAR(20)  NOT NULL REFERENCES scheme (code)
);

CREATE TABLE contract_type (
    code        VARCHAR(30)  PRIMARY KEY,
    label       VARCHAR(100) NOT NULL,
    rank_order  INTEGER      NOT NULL
);

CREATE TABLE education_level (
    code        VARCHAR(20)  PRIMARY KEY,
    label       VARCHAR(100) NOT NULL,
    rank_order  INTEGER      NOT NULL
);

CREATE TABLE qualification_level (
    code        VARCHAR(20)  PRIMARY KEY,
    scheme_code VARCHAR(20)  NOT NULL REFERENCES scheme (code),
    label       VARCHAR(100) NOT NULL,
    grade       INTEGER      NOT NULL,
    rank_order  INTEGER      NOT NULL
);

CREATE SEQUENCE organisation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE organisation (
    id               BIGINT       PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL UNIQUE,
    name             VARCHAR(200) NOT NULL,
    type_code        VARCHAR(20)  NOT NULL REFERENCES organisation_type (code),
    region_code      VARCHAR(3)   NOT NULL REFERENCES region (code),
    departement_code VARCHAR(3)   REFERENCES departement (code)
);
CREATE INDEX ix_organisation_region ON organisation (region_code);

CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_user (
    id              BIGINT       PRIMARY KEY,
    login           VARCHAR(100) NOT NULL UNIQUE,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    organisation_id BIGINT       REFERENCES organisation (id),
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_app_user_organisation ON app_user (organisation_id);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- failed logins per login name; the Elytron realm query refuses a login while locked_until is ahead
CREATE TABLE login_throttle (
    login           VARCHAR(100) PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE offer_reference_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE job_offer_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE job_offer (
    id                       BIGINT        PRIMARY KEY,
    reference                VARCHAR(20)   NOT NULL UNIQUE,
    title                    VARCHAR(200)  NOT NULL,
    organisation_id          BIGINT        NOT NULL REFERENCES organisation (id),
    executive                BOOLEAN       NOT NULL,
    contract_type_code       VARCHAR(30)   NOT NULL REFERENCES contract_type (code),
    departement_code         VARCHAR(3)    NOT NULL REFERENCES departement (code),
    region_code              VARCHAR(3)    NOT NULL REFERENCES region (code),
    description_html         VARCHAR(20000) NOT NULL,
    qualification_level_code VARCHAR(20)   REFERENCES qualification_level (code),
    education_level_code     VARCHAR(20)   REFERENCES education_level (code),
    salary                   VARCHAR(100),
    closing_date             DATE,
    status                   VARCHAR(20)   NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by               VARCHAR(100)  NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at             TIMESTAMP WITH TIME ZONE,
    version                  INTEGER       NOT NULL
);
CREATE INDEX ix_job_offer_organisation ON job_offer (organisation_id, id);
CREATE INDEX ix_job_offer_published ON job_offer (status, published_at);

CREATE SEQUENCE publication_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE publication (
    id           BIGINT      PRIMARY KEY,
    offer_id     BIGINT      NOT NULL REFERENCES job_offer (id) ON DELETE CASCADE,
    channel      VARCHAR(40) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    UNIQUE (offer_id, channel)
);

-- every change of an offer: who, when, what
CREATE SEQUENCE offer_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE offer_event (
    id        BIGINT       PRIMARY KEY,
    offer_id  BIGINT       NOT NULL REFERENCES job_offer (id) ON DELETE CASCADE,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(100) NOT NULL,
    action    VARCHAR(40)  NOT NULL,
    detail    VARCHAR(500)
);
CREATE INDEX ix_offer_event_offer ON offer_event (offer_id, at);

CREATE SEQUENCE job_application_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE job_application (
    id               BIGINT        PRIMARY KEY,
    offer_id         BIGINT        NOT NULL REFERENCES job_offer (id),
    first_name       VARCHAR(100)  NOT NULL,
    last_name        VARCHAR(100)  NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    cover_letter     VARCHAR(10000),
    cv_file_name     VARCHAR(255)  NOT NULL,
    cv_content_type  VARCHAR(100)  NOT NULL,
    cv_content       BYTEA         NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_job_application_offer ON job_application (offer_id, submitted_at);

-- transactional outbox: a message is stored with the change that causes it, then sent with retries
CREATE SEQUENCE outbox_message_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id              BIGINT        PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       VARCHAR(20000) NOT NULL,
    body_html       VARCHAR(40000),
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER       NOT NULL
);
CREATE INDEX ix_outbox_pending ON outbox_message (status, next_attempt_at);

-- Excel extracts produced by batch jobs, kept in the database so any node can serve them
CREATE SEQUENCE export_file_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE export_file (
    id               BIGINT        PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    requested_by     VARCHAR(100)  NOT NULL,
    job_execution_id BIGINT,
    status           VARCHAR(20)   NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    content          BYTEA,
    row_count        BIGINT,
    total_rows       BIGINT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_export_file_organisation ON export_file (organisation_id, created_at);
