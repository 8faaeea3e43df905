-- Issue 6, deadline job: a sheet found overdue is marked by a row here rather than by a flag on
-- sar_sheet. Marking a third of a million sheets then inserts that many narrow rows instead of
-- rewriting as many wide ones (and every index of sar_sheet); the digest groups this table alone.
-- A mark is for the due date it was taken on: an edit that moves the sheet's due date (or closes
-- it) deletes the mark, so every mark is of an open sheet still overdue.
CREATE TABLE sar_sheet_overdue (
    sheet_id     BIGINT  PRIMARY KEY REFERENCES sar_sheet (id) ON DELETE CASCADE,
    -- the sheet's recruiter (sar_sheet.created_by, which references app_user): the digest's key
    recruiter_id BIGINT  NOT NULL,
    due_date     DATE    NOT NULL,
    marked_on    DATE    NOT NULL
);
CREATE INDEX ix_sar_sheet_overdue_recruiter ON sar_sheet_overdue (recruiter_id);

INSERT INTO sar_sheet_overdue (sheet_id, recruiter_id, due_date, marked_on)
    SELECT id, created_by, due_date, updated_on FROM sar_sheet
    WHERE overdue = TRUE AND closed = FALSE AND due_date IS NOT NULL;

DROP INDEX ix_sar_sheet_due;
ALTER TABLE sar_sheet DROP COLUMN overdue;
-- the job's range: open sheets whose due date has come
CREATE INDEX ix_sar_sheet_due ON sar_sheet (due_date);
