-- A message may carry one file with its text: a meeting's .ics invitation (clients' warm handover, later the
-- consultation hours). Kept with the message, so what is retried is exactly what was queued.
ALTER TABLE outgoing_mail
    ADD COLUMN attachment_name VARCHAR(200) NULL,
    ADD COLUMN attachment_type VARCHAR(100) NULL,
    ADD COLUMN attachment      MEDIUMBLOB   NULL;
