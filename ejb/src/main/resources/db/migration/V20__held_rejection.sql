-- A rejection on knock-out criteria is told to the candidate only when its held mail leaves:
-- until then "Mes candidatures" shows the application as under review, the recruiter may cancel
-- the rejection (the held mail is deleted) and the candidate may still withdraw.
ALTER TABLE job_application ADD COLUMN rejection_notice_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE job_application ADD COLUMN rejection_message_id BIGINT;
