-- Issue 3, performance of the EN3S control report and of the approvers' inboxes (100,000 offers,
-- 20,000 approval processes: first page and totals in a few milliseconds, on H2 as on PostgreSQL).

-- the offer's EN3S follow-up, kept by the approval services: EN3S's answer to the latest request
-- (PENDING, VALIDATED, REFUSED; null when none stands) and when it was given
ALTER TABLE job_offer ADD COLUMN en3s_answer VARCHAR(20);
ALTER TABLE job_offer ADD COLUMN en3s_answered_at TIMESTAMP WITH TIME ZONE;
-- the first publication ever (published_at is cleared when an offer is withdrawn from every channel)
ALTER TABLE job_offer ADD COLUMN first_published_at TIMESTAMP WITH TIME ZONE;

UPDATE job_offer o SET first_published_at = (SELECT MIN(d.at) FROM channel_dispatch d
                                             WHERE d.offer_id = o.id AND d.action = 'PUBLISH');
-- offers published before dispatches were recorded
UPDATE job_offer SET first_published_at = published_at WHERE first_published_at IS NULL AND published_at IS NOT NULL;

UPDATE job_offer o SET
    en3s_answer = (SELECT CASE p.status WHEN 'IN_PROGRESS' THEN 'PENDING' WHEN 'APPROVED' THEN 'VALIDATED'
                                        WHEN 'REFUSED' THEN 'REFUSED' END
                   FROM approval_process p
                   WHERE p.offer_id = o.id AND p.kind = 'EN3S_DEROGATION' AND p.status <> 'CANCELLED'
                   ORDER BY p.started_at DESC, p.id DESC FETCH FIRST 1 ROWS ONLY),
    en3s_answered_at = (SELECT s.answered_at
                        FROM approval_process p JOIN approval_step s ON s.process_id = p.id
                        WHERE p.offer_id = o.id AND p.kind = 'EN3S_DEROGATION' AND p.status <> 'CANCELLED'
                        ORDER BY p.started_at DESC, p.id DESC, s.position FETCH FIRST 1 ROWS ONLY)
WHERE o.en3s_year IS NOT NULL;

-- the report's totals read these indexes only (all the Ucanss administrator's offers of a period, or
-- one organisation's)
CREATE INDEX ix_job_offer_en3s_totals ON job_offer (en3s_year, en3s_answer, en3s_answered_at, first_published_at);
CREATE INDEX ix_job_offer_en3s_org_totals ON job_offer (organisation_id, en3s_year, en3s_answer, en3s_answered_at,
                                                        first_published_at);
-- the report newest first (and its periods, newest first): H2 reads an index in its own direction only
CREATE INDEX ix_job_offer_en3s_desc ON job_offer (en3s_year DESC, created_at DESC, id DESC);
CREATE INDEX ix_job_offer_en3s_org_desc ON job_offer (organisation_id DESC, en3s_year DESC, created_at DESC, id DESC);
-- an approver's answered requests, newest first
CREATE INDEX ix_approval_step_answered ON approval_step (approver_organisation_id DESC, sent_at DESC, id DESC);
