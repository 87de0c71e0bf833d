-- Registration is one per person (issue 10): a registration names the portal account that made it, and an
-- account registers for an event once. The service refuses a second attempt with a message; this key keeps the
-- rule when two requests race past the check. Rows from before this migration name no account (NULL), and a
-- unique key allows any number of NULLs, so they stay as they are.
ALTER TABLE event_registration ADD COLUMN username VARCHAR(100) NULL AFTER event_id;
ALTER TABLE event_registration ADD CONSTRAINT uq_registration_event_user UNIQUE (event_id, username);
