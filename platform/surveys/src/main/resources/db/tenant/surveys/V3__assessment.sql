-- Self-assessment with repeated measurement (issue 12 item 4). Runs inside one tenant schema, after V2 (the surveys
-- and their answers, another slice). No foreign keys to the clients module's tables: each module migrates its own
-- tables in its own history, and a module's order among the others is not a promise.

-- The region's schedule: which instrument at which point of a clienthood episode. No rows = the built-in default
-- (start, about 6 months, end; WHO-5 and the Work Ability Score). Rows with a service code replace the region-wide
-- rows (service_code NULL) for episodes of that service.
CREATE TABLE assessment_schedule (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    service_code    VARCHAR(60),
    point_code      VARCHAR(60)  NOT NULL,
    -- START: days after the episode started; END: days after it ended (the point exists once the episode has ended)
    anchor          VARCHAR(10)  NOT NULL,
    offset_days     INT          NOT NULL,
    instrument_code VARCHAR(60)  NOT NULL,
    position        INT          NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    updated_by      VARCHAR(100),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_assessment_schedule_anchor CHECK (anchor IN ('START', 'END')),
    CONSTRAINT ck_assessment_schedule_offset CHECK (offset_days BETWEEN 0 AND 1100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One measurement of one episode at one point with one instrument: planned from the schedule, answered once through
-- the client's personal link (purpose self-assessment, subject measurement:<id>). The answers and their scores are
-- stored with the exact instrument version they were given to; that version is frozen in the library.
CREATE TABLE measurement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    episode_id         BIGINT       NOT NULL,
    client_id          BIGINT       NOT NULL,
    service_id         BIGINT       NOT NULL,
    point_code         VARCHAR(60)  NOT NULL,
    -- the point's place in the schedule (0 = first), for ordering and for "first and a later measurement"
    point_position     INT          NOT NULL,
    instrument_code    VARCHAR(60)  NOT NULL,
    instrument_version INT,
    due_on             DATE         NOT NULL,
    link_id            BIGINT,
    link_issued_at     DATETIME(3),
    link_expires_at    DATETIME(3),
    answered_at        DATETIME(3),
    -- JSON: {"item": ["value", ...], ...} as given
    answers            TEXT,
    -- JSON: [{"code": "wellbeing", "value": "48.0", "band": "low"}, ...]; value null when too few items counted
    scores             TEXT,
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    updated_by         VARCHAR(100),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_measurement_point UNIQUE (episode_id, point_code, instrument_code),
    CONSTRAINT uq_measurement_link UNIQUE (link_id),
    CONSTRAINT ck_measurement_answered CHECK (answered_at IS NULL OR (answers IS NOT NULL AND instrument_version IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_measurement_client ON measurement (client_id);
CREATE INDEX ix_measurement_service ON measurement (service_id, instrument_code);
