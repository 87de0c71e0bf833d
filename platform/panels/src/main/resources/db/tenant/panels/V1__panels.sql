-- Customer panels (platform/panels/README.md). Runs inside one tenant schema.
-- organisation_id and responsible_org_id name the networks module's organisation rows (no foreign key across modules:
-- each module migrates on its own).
-- Members have no staff account: they reach their page through a kernel personal link (personal_link); no token is kept here.

-- A panel: its purpose, the organisation responsible for it (networks), the note-taker, recruitment notes, the
-- cadence its meetings are generated from, and its meeting script (one step a line, "KIND|title").
CREATE TABLE customer_panel (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    purpose              TEXT          NOT NULL,
    organisation_id      BIGINT,
    note_taker           VARCHAR(200),
    recruitment_notes    TEXT,
    -- WEEKLY or MONTHLY; every cadence_interval weeks/months; ISO weekday 1-7; for months 1-4 or -1 (the last)
    cadence_frequency    VARCHAR(10)   NOT NULL,
    cadence_interval     INT           NOT NULL,
    cadence_weekday      TINYINT       NOT NULL,
    cadence_ordinal      TINYINT,
    meeting_time         TIME          NOT NULL,
    meeting_minutes      INT           NOT NULL,
    meeting_place        VARCHAR(300),
    script               TEXT          NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0
);

-- Facilitators over time: a handover closes the lead's row (until_on) and opens the next one; nothing is deleted.
CREATE TABLE panel_facilitator (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id             BIGINT        NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    username             VARCHAR(100),
    -- LEAD or CO
    role                 VARCHAR(10)   NOT NULL,
    from_on              DATE          NOT NULL,
    until_on             DATE,
    handover_note        TEXT,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_facilitator_panel FOREIGN KEY (panel_id) REFERENCES customer_panel (id)
);

-- A member (client or expert by experience): language fi, fi-plain, sv or en; e-mail only with consent to be contacted.
CREATE TABLE panelist (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id             BIGINT        NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    language             VARCHAR(10)   NOT NULL,
    email_consent        BOOLEAN       NOT NULL DEFAULT FALSE,
    email                VARCHAR(254),
    joined_on            DATE          NOT NULL,
    left_on              DATE,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_panelist_panel FOREIGN KEY (panel_id) REFERENCES customer_panel (id)
);

-- A meeting: generated for a cadence date (planned_on, one per panel and date), then moved, cancelled or held.
CREATE TABLE panel_meeting (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id             BIGINT        NOT NULL,
    planned_on           DATE          NOT NULL,
    starts_at            DATETIME(3)   NOT NULL,
    ends_at              DATETIME(3)   NOT NULL,
    place                VARCHAR(300),
    -- PLANNED, CANCELLED or HELD
    status               VARCHAR(10)   NOT NULL,
    cancel_reason        VARCHAR(500),
    theme                VARCHAR(300),
    methods              TEXT,
    notes                TEXT,
    script_step          INT           NOT NULL DEFAULT 0,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_meeting_slot UNIQUE (panel_id, planned_on),
    CONSTRAINT fk_meeting_panel FOREIGN KEY (panel_id) REFERENCES customer_panel (id)
);

-- An idea, from a meeting or a member, with its status, progress and who is responsible.
CREATE TABLE panel_idea (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id             BIGINT        NOT NULL,
    meeting_id           BIGINT,
    author_id            BIGINT,
    title                VARCHAR(300)  NOT NULL,
    description          TEXT,
    -- NEW, LOOKED_INTO, IN_PROGRESS, DONE or NOT_TAKEN_FORWARD
    status               VARCHAR(20)   NOT NULL,
    progress             INT           NOT NULL DEFAULT 0,
    reason               TEXT,
    responsible_org_id   BIGINT,
    responsible_person   VARCHAR(200),
    proposed_on          DATE          NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_idea_panel FOREIGN KEY (panel_id) REFERENCES customer_panel (id),
    CONSTRAINT fk_idea_meeting FOREIGN KEY (meeting_id) REFERENCES panel_meeting (id),
    CONSTRAINT fk_idea_author FOREIGN KEY (author_id) REFERENCES panelist (id)
);

-- Members who took part in an idea: they are notified when it changes.
CREATE TABLE panel_idea_member (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    idea_id              BIGINT        NOT NULL,
    member_id            BIGINT        NOT NULL,
    CONSTRAINT uq_idea_member UNIQUE (idea_id, member_id),
    CONSTRAINT fk_ideamember_idea FOREIGN KEY (idea_id) REFERENCES panel_idea (id),
    CONSTRAINT fk_ideamember_member FOREIGN KEY (member_id) REFERENCES panelist (id)
);

-- The dated history of an idea: one row per update, never changed.
CREATE TABLE panel_idea_update (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    idea_id              BIGINT        NOT NULL,
    at                   DATETIME(3)   NOT NULL,
    by_user              VARCHAR(100)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    progress             INT           NOT NULL,
    note                 TEXT,
    CONSTRAINT fk_update_idea FOREIGN KEY (idea_id) REFERENCES panel_idea (id)
);

-- What came of an idea (a service path, a training, a poster).
CREATE TABLE panel_outcome (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    idea_id              BIGINT        NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    description          TEXT,
    achieved_on          DATE,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_outcome_idea FOREIGN KEY (idea_id) REFERENCES panel_idea (id)
);

-- A member's notification of a change in an idea they took part in, shown on their page.
CREATE TABLE panel_notice (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id            BIGINT        NOT NULL,
    idea_id              BIGINT        NOT NULL,
    at                   DATETIME(3)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    progress             INT           NOT NULL,
    note                 TEXT,
    emailed              BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_notice_member FOREIGN KEY (member_id) REFERENCES panelist (id),
    CONSTRAINT fk_notice_idea FOREIGN KEY (idea_id) REFERENCES panel_idea (id)
);

-- Anonymous mood feedback: one row per tap sequence, a random id, the meeting and the three smiley values (1-3).
-- No member, link, user or time column: nothing ties an answer to a person or to the order people answered in.
CREATE TABLE panel_mood_answer (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    meeting_id           BIGINT        NOT NULL,
    instrument_code      VARCHAR(60)   NOT NULL,
    instrument_version   INT           NOT NULL,
    meeting_value        TINYINT,
    heard_value          TINYINT,
    again_value          TINYINT,
    CONSTRAINT fk_mood_meeting FOREIGN KEY (meeting_id) REFERENCES panel_meeting (id)
);
