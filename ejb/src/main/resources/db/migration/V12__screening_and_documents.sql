-- Issue 4 (screening and documents): the candidate's saved documents, documents copied into an
-- application, screening questions of an offer with knock-out criteria, answers per application,
-- and the offer's automatic rejection setting.

-- "Mes documents": files a candidate keeps to attach to later applications
CREATE SEQUENCE candidate_document_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE candidate_document (
    id            BIGINT       PRIMARY KEY,
    candidate_id  BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind          VARCHAR(20)  NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_candidate_document_candidate ON candidate_document (candidate_id, kind);

-- documents other than the CV sent with an application: a copy, so the candidate's later
-- deletion of their saved document leaves the recruiter's view intact
CREATE SEQUENCE application_document_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE application_document (
    id             BIGINT       PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
    kind           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        BYTEA        NOT NULL
);
CREATE INDEX ix_application_document_application ON application_document (application_id);

-- the offer's questions, in order; knock-out criteria per kind
CREATE SEQUENCE screening_question_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE screening_question (
    id              BIGINT        PRIMARY KEY,
    offer_id        BIGINT        NOT NULL REFERENCES job_offer (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    text            VARCHAR(300)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    choices         VARCHAR(2000),
    knock_out       BOOLEAN       NOT NULL,
    expected_yes    BOOLEAN,
    allowed_choices VARCHAR(2000),
    min_value       NUMERIC(12, 2),
    max_value       NUMERIC(12, 2)
);
CREATE INDEX ix_screening_question_offer ON screening_question (offer_id, position);

-- "rejet automatique sur critères" and the hold of the rejection mail (hours)
CREATE TABLE offer_screening (
    offer_id              BIGINT   PRIMARY KEY REFERENCES job_offer (id) ON DELETE CASCADE,
    auto_reject           BOOLEAN  NOT NULL,
    rejection_delay_hours INTEGER  NOT NULL
);

-- the answers of an application; the question's text is kept for reuse and for the record
CREATE SEQUENCE screening_answer_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE screening_answer (
    id             BIGINT        PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
    question_id    BIGINT        REFERENCES screening_question (id) ON DELETE SET NULL,
    question_text  VARCHAR(300)  NOT NULL,
    question_key   VARCHAR(300)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    answer         VARCHAR(300)  NOT NULL,
    knocked_out    BOOLEAN       NOT NULL
);
-- the recruiter's filter on answers, and the candidate's previous answer to the same question text
CREATE INDEX ix_screening_answer_question ON screening_answer (question_id, answer);
CREATE INDEX ix_screening_answer_application ON screening_answer (application_id);
CREATE INDEX ix_screening_answer_key ON screening_answer (question_key);

