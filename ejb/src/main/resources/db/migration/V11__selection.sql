-- Issue 4 (recruiter side): selection steps, history, interviews, reports, posts to fill, restricted hiring team.

-- the offer: number of posts to fill (hiring closes it when all are filled), and whether only the
-- named members of the operational team see its applications
ALTER TABLE job_offer ADD COLUMN posts_count INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE job_offer ADD COLUMN selection_restricted BOOLEAN DEFAULT FALSE NOT NULL;

-- the application's current selection step (null: just received)
ALTER TABLE job_application ADD COLUMN selection_step VARCHAR(20);
ALTER TABLE job_application ADD COLUMN step_changed_at TIMESTAMP WITH TIME ZONE;
-- the applications list of an offer filters by status and step, sorted by date (default)
CREATE INDEX ix_job_application_offer_status ON job_application (offer_id, status, submitted_at);
CREATE INDEX ix_job_application_offer_step ON job_application (offer_id, selection_step, submitted_at);

-- every action on an application (who, when, what, message sent)
CREATE SEQUENCE application_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE application_event (
    id              BIGINT        PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
    action          VARCHAR(30)   NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    detail          VARCHAR(500),
    message_subject VARCHAR(300),
    message_body    VARCHAR(10000)
);
CREATE INDEX ix_application_event_application ON application_event (application_id, occurred_at);

-- interviews: a stable iCalendar UID, a SEQUENCE raised by every reschedule or cancel
CREATE SEQUENCE interview_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE interview (
    id               BIGINT        PRIMARY KEY,
    application_id   BIGINT        NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
    uid              VARCHAR(100)  NOT NULL UNIQUE,
    sequence_number  INTEGER       NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes INTEGER       NOT NULL,
    place            VARCHAR(300),
    link             VARCHAR(500),
    interviewers     VARCHAR(500),
    organiser        VARCHAR(100)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    version          INTEGER       NOT NULL
);
CREATE INDEX ix_interview_application ON interview (application_id, starts_at);

-- step and interview reports: criteria rated 1 to 5 and a free text
CREATE SEQUENCE step_report_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE step_report (
    id             BIGINT        PRIMARY KEY,
    application_id BIGINT        NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
    interview_id   BIGINT        REFERENCES interview (id) ON DELETE SET NULL,
    step           VARCHAR(20)   NOT NULL,
    author         VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    comment        VARCHAR(4000)
);
CREATE INDEX ix_step_report_application ON step_report (application_id, created_at);
CREATE TABLE step_report_rating (
    report_id  BIGINT       NOT NULL REFERENCES step_report (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    criterion  VARCHAR(100) NOT NULL,
    rating     INTEGER      NOT NULL,
    PRIMARY KEY (report_id, position)
);

-- an attachment to an outbox message (the interview's iCalendar invitation)
ALTER TABLE outbox_message ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN attachment_content VARCHAR(20000);
