-- RFC 8058 one-click unsubscribe: the digest mails carry List-Unsubscribe / List-Unsubscribe-Post headers.
ALTER TABLE outbox_message ADD COLUMN list_unsubscribe VARCHAR(600);
