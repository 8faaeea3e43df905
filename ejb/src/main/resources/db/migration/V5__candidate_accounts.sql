-- Candidate accounts (issue 4): optional, validated by a link mailed to the address that is the login.
-- An app_user with role CANDIDATE has one candidate_account; the realm refuses it while validated_at is null.
CREATE TABLE candidate_account (
    user_id            BIGINT       PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    first_name         VARCHAR(100) NOT NULL,
    last_name          VARCHAR(100) NOT NULL,
    phone              VARCHAR(20),
    privacy_consent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    validated_at       TIMESTAMP WITH TIME ZONE,
    notice_sent_at     TIMESTAMP WITH TIME ZONE,
    version            INTEGER      NOT NULL
);

-- single-use links mailed to a candidate (account validation, password reset, change of e-mail):
-- only the SHA-256 of the random token is kept, looked up by that hash
CREATE SEQUENCE account_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE account_token (
    id         BIGINT       PRIMARY KEY,
    user_id    BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose    VARCHAR(20)  NOT NULL,
    token_hash VARCHAR(64)  NOT NULL UNIQUE,
    new_email  VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    voided_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_account_token_user ON account_token (user_id, purpose, created_at);

-- applications made while logged in belong to the candidate's account; a candidate may withdraw
ALTER TABLE job_application ADD COLUMN candidate_id BIGINT REFERENCES app_user (id);
ALTER TABLE job_application ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_job_application_candidate ON job_application (candidate_id, submitted_at);
