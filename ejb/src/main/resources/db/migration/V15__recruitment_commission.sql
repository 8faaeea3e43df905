-- Issue 6, commission side (seed 002). Only what V14's model lacks:
-- jobs exercised with the dates of the "recent jobs" rule (less than 3 years, or tied to a training
-- validated less than a year ago): V14's sar_profile_job says which jobs, not when; the rule's
-- result is kept in step in sar_profile_job (kind EXERCISED) for the pool's synthesis.
CREATE SEQUENCE sar_exercised_job_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sar_exercised_job (
    id                    BIGINT       PRIMARY KEY,
    profile_id            BIGINT       NOT NULL REFERENCES sar_profile (id) ON DELETE CASCADE,
    job_code              VARCHAR(20)  NOT NULL REFERENCES sar_job (code),
    ended_on              DATE,
    training_label        VARCHAR(200),
    training_validated_on DATE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sar_exercised_job_profile ON sar_exercised_job (profile_id);

-- consolidated results: recruited job seekers counted from an index on (status, profile)
CREATE INDEX ix_sar_sheet_status_profile ON sar_sheet (status, profile_id);
-- the commission's list of submitted files, by status then newest first
CREATE INDEX ix_sar_profile_submission ON sar_profile (submission_status, submitted_at);
-- a company's trainee files proposed outside the pool
CREATE INDEX ix_sar_profile_proposing ON sar_profile (proposing_company_id, submission_status);
-- the commission's list of every company's training needs
CREATE INDEX ix_sar_training_need_status ON sar_training_need (status, created_at);
