-- The live session room (platform/consultations/README.md, "The live room"). Runs inside one tenant schema.
-- started_at / handled_at: when the panel took the case up in the room and marked it handled; the case being handled
-- is the one started and not yet handled (at most one per session, kept so under the session row's lock). The
-- handling minutes are taken from these two when the panel has not recorded them.
-- notes: the shared notes of the room on this case, anonymous case material checked by the identity guard before
-- they are stored, like the case's own text; notes_version counts the saves, so a save made on an older version is
-- refused (nobody's save is lost silently); notes_by / notes_at: who saved last and when.
ALTER TABLE consultation_case
    ADD COLUMN started_at    DATETIME(3),
    ADD COLUMN handled_at    DATETIME(3),
    ADD COLUMN notes         TEXT,
    ADD COLUMN notes_version INT          NOT NULL DEFAULT 0,
    ADD COLUMN notes_by      VARCHAR(200),
    ADD COLUMN notes_at      DATETIME(3),
    ADD CONSTRAINT ck_consultation_case_handled CHECK (handled_at IS NULL OR (started_at IS NOT NULL AND handled_at >= started_at));
