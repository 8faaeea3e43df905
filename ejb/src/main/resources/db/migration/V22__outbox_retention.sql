-- Erasing a person deletes the outbox rows addressed to them (one DELETE by recipient), and the
-- retention job deletes the copies of mails sent (or given up) more than three months ago.
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient);
CREATE INDEX ix_outbox_sent_at ON outbox_message (sent_at);
