-- Consultation hours (platform/consultations/README.md). Runs inside one tenant schema.
-- No column here holds a client's name, identity code or contact: a case is anonymous by design; the asker is the
-- professional who brings it (their profession and organisation are what the statistics count).

-- A series: one recurring (or ad hoc) consultation hour with its rules.
CREATE TABLE consultation_series (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(200)  NOT NULL,
    purpose                TEXT,
    ground_rules           TEXT,
    -- WEEKLY, EVERY_OTHER_WEEK or AD_HOC (sessions added one by one)
    recurrence             VARCHAR(20)   NOT NULL,
    -- ISO day of week 1 = Monday ... 7 = Sunday; the first date fixes the every-other-week rhythm
    weekday                TINYINT,
    first_date             DATE,
    start_time             TIME          NOT NULL,
    end_time               TIME          NOT NULL,
    place                  VARCHAR(300),
    online_link            VARCHAR(500),
    capacity_per_hour      INT           NOT NULL,
    -- who may book: profession titles and organisation codes (networks), ';'-separated; both empty = every professional
    allowed_professions    VARCHAR(2000) NOT NULL DEFAULT '',
    allowed_organisations  VARCHAR(2000) NOT NULL DEFAULT '',
    -- the booking deadline: this time (Europe/Helsinki) on the n-th working day before the session
    deadline_days_before   INT           NOT NULL DEFAULT 1,
    deadline_time          TIME          NOT NULL DEFAULT '12:00:00',
    active                 BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by             VARCHAR(100)  NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    updated_by             VARCHAR(100),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_consultation_series_recurrence CHECK (recurrence IN ('WEEKLY', 'EVERY_OTHER_WEEK', 'AD_HOC')),
    CONSTRAINT ck_consultation_series_hours CHECK (end_time > start_time),
    CONSTRAINT ck_consultation_series_capacity CHECK (capacity_per_hour >= 1),
    CONSTRAINT ck_consultation_series_deadline CHECK (deadline_days_before BETWEEN 0 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The expert panel of a series: network people (networks' person), each with the profession they bring.
CREATE TABLE consultation_panel_member (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    series_id              BIGINT        NOT NULL,
    person_id              BIGINT        NOT NULL,
    profession             VARCHAR(200)  NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    updated_by             VARCHAR(100),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_consultation_panel_member UNIQUE (series_id, person_id),
    CONSTRAINT fk_consultation_panel_series FOREIGN KEY (series_id) REFERENCES consultation_series (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One dated occurrence of a series, with its own booking deadline computed when it is made.
-- next_arrival is the arrival counter and booked the count of cases not cancelled: a booking or a cancellation locks
-- the session row (SELECT ... FOR UPDATE) and changes them, so concurrent bookings queue on the row.
CREATE TABLE consultation_session (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    series_id              BIGINT        NOT NULL,
    session_date           DATE          NOT NULL,
    starts_at              DATETIME(3)   NOT NULL,
    ends_at                DATETIME(3)   NOT NULL,
    booking_deadline       DATETIME(3)   NOT NULL,
    capacity               INT           NOT NULL,
    -- OPEN (bookable until the deadline, then held as booked), RELEASED (nobody booked), HELD (done)
    state                  VARCHAR(20)   NOT NULL,
    next_arrival           INT           NOT NULL DEFAULT 1,
    booked                 INT           NOT NULL DEFAULT 0,
    released_at            DATETIME(3),
    reminded_at            DATETIME(3),
    updated_at             DATETIME(3)   NOT NULL,
    updated_by             VARCHAR(100),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_consultation_session UNIQUE (series_id, session_date),
    CONSTRAINT ck_consultation_session_state CHECK (state IN ('OPEN', 'RELEASED', 'HELD')),
    CONSTRAINT ck_consultation_session_times CHECK (ends_at > starts_at AND booking_deadline <= starts_at),
    CONSTRAINT ck_consultation_session_booked CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT fk_consultation_session_series FOREIGN KEY (series_id) REFERENCES consultation_series (id),
    INDEX ix_consultation_session_due (state, booking_deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An anonymous case brought to a session. arrival is unique per session: the order the experts handle cases in.
CREATE TABLE consultation_case (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id             BIGINT        NOT NULL,
    arrival                INT           NOT NULL,
    question               VARCHAR(1000) NOT NULL,
    reason                 VARCHAR(40)   NOT NULL,
    description            TEXT,
    -- the asker: who booked (to cancel and be reminded) and what the statistics count
    asker_username         VARCHAR(100)  NOT NULL,
    asker_profession       VARCHAR(200)  NOT NULL,
    asker_organisation     VARCHAR(200),
    booked_at              DATETIME(3)   NOT NULL,
    cancelled_at           DATETIME(3),
    outcome                VARCHAR(40),
    outcome_service_id     BIGINT,
    follow_up              VARCHAR(1000),
    handling_minutes       INT,
    updated_at             DATETIME(3)   NOT NULL,
    updated_by             VARCHAR(100),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_consultation_case_arrival UNIQUE (session_id, arrival),
    CONSTRAINT ck_consultation_case_reason CHECK (reason IN ('UNSURE_HOW_TO_PROCEED', 'SERVICE_GUIDANCE', 'WOULD_TEAM_HELP',
        'ILLNESS_OR_HEALTH_CARE', 'WOULD_SOCIAL_SERVICES_HELP', 'ASSESSMENT_NEEDED', 'OTHER')),
    CONSTRAINT ck_consultation_case_outcome CHECK (outcome IS NULL OR outcome IN ('SOLVED', 'REFER_TO_TEAM', 'REFER_TO_SERVICE',
        'NEEDS_ASSESSMENT', 'OTHER')),
    CONSTRAINT ck_consultation_case_service CHECK ((outcome = 'REFER_TO_SERVICE') = (outcome_service_id IS NOT NULL) OR outcome IS NULL),
    CONSTRAINT ck_consultation_case_minutes CHECK (handling_minutes IS NULL OR handling_minutes BETWEEN 0 AND 600),
    CONSTRAINT fk_consultation_case_session FOREIGN KEY (session_id) REFERENCES consultation_session (id),
    INDEX ix_consultation_case_asker (asker_username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
