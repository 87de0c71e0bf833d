-- Pair consultations (platform/consultations/README.md): lighter than a series, e.g. Keusote's work ability coordinator
-- touring the health stations. request -> accepted (or declined) -> held and logged with its topic and outcome.
-- Anonymous as a case: the topic names no client (checked like a case's text), the requester is counted by profession
-- and organisation. Counted in the same statistics as the consultation hours.
CREATE TABLE consultation_pair (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic                   VARCHAR(1000) NOT NULL,
    wanted_on               DATE,
    -- the consultant: a network person (networks' person), e.g. the work ability coordinator
    consultant_person_id    BIGINT        NOT NULL,
    requester_username      VARCHAR(100)  NOT NULL,
    requester_profession    VARCHAR(200)  NOT NULL,
    requester_organisation  VARCHAR(200),
    requested_at            DATETIME(3)   NOT NULL,
    -- REQUESTED, ACCEPTED, DECLINED, HELD
    state                   VARCHAR(20)   NOT NULL,
    decided_at              DATETIME(3),
    held_on                 DATE,
    outcome                 VARCHAR(40),
    outcome_service_id      BIGINT,
    follow_up               VARCHAR(1000),
    handling_minutes        INT,
    updated_at              DATETIME(3)   NOT NULL,
    updated_by              VARCHAR(100),
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_consultation_pair_state CHECK (state IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'HELD')),
    CONSTRAINT ck_consultation_pair_held CHECK ((state = 'HELD') = (held_on IS NOT NULL AND outcome IS NOT NULL)),
    CONSTRAINT ck_consultation_pair_outcome CHECK (outcome IS NULL OR outcome IN ('SOLVED', 'REFER_TO_TEAM', 'REFER_TO_SERVICE',
        'NEEDS_ASSESSMENT', 'OTHER')),
    CONSTRAINT ck_consultation_pair_minutes CHECK (handling_minutes IS NULL OR handling_minutes BETWEEN 0 AND 600),
    INDEX ix_consultation_pair_consultant (consultant_person_id, state),
    INDEX ix_consultation_pair_held (held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
