-- Issue 6, deadline digest: each recruiter's mail lists their most overdue sheets, read in due-date
-- order from this index (a few rows per recruiter, whatever the number of marks).
DROP INDEX ix_sar_sheet_overdue_recruiter;
CREATE INDEX ix_sar_sheet_overdue_recruiter ON sar_sheet_overdue (recruiter_id, due_date, sheet_id);
