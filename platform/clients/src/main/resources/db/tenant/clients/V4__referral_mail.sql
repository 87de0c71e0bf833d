-- The portal now sends mail (kernel outbox): the warm handover's invitation goes to its participants and the
-- feedback to its referrer. Kept here: how many were invited, and which outbox message carried the feedback.
ALTER TABLE warm_handover ADD COLUMN invited INT NOT NULL DEFAULT 0;
ALTER TABLE referrer_feedback ADD COLUMN mail_id BIGINT NULL;
