-- Surveys: an instrument version of the region's library sent to people (platform/surveys/README.md, "Surveys").
-- Runs inside one tenant schema.
CREATE TABLE survey (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    title              VARCHAR(200) NOT NULL,
    -- the exact library version answered (instrument_version.code + instrument_version.instrument_version)
    instrument_code    VARCHAR(60)  NOT NULL,
    instrument_number  INT          NOT NULL,
    audience           VARCHAR(30)  NOT NULL,
    opens_at           DATETIME(3)  NOT NULL,
    closes_at          DATETIME(3)  NOT NULL,
    -- PRIVATE_LINKS: one personal link and one answer per invitation; OPEN_LINK: one shared link, any number of answers
    access             VARCHAR(20)  NOT NULL,
    anonymous          BOOLEAN      NOT NULL,
    min_count          INT          NOT NULL DEFAULT 5,
    remind_after_days  INT          NOT NULL DEFAULT 7,
    max_reminders      INT          NOT NULL DEFAULT 2,
    created_at         DATETIME(3)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    updated_by         VARCHAR(100),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_survey_window CHECK (closes_at > opens_at),
    CONSTRAINT ck_survey_access CHECK (access IN ('PRIVATE_LINKS', 'OPEN_LINK')),
    CONSTRAINT ck_survey_min_count CHECK (min_count >= 1),
    CONSTRAINT ck_survey_reminders CHECK (remind_after_days >= 1 AND max_reminders >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One invitation per person and survey: recipient_key is the normalised e-mail address (or person:<id>), unique per
-- survey, so a person holding several roles is invited once. Only "answered" (and a coarse date) is recorded here:
-- an anonymous survey's answers name no invitation, so nothing joins a respondent to an answer.
CREATE TABLE survey_invitation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id          BIGINT       NOT NULL,
    recipient_key      VARCHAR(320) NOT NULL,
    email              VARCHAR(320) NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    link_id            BIGINT,
    invited_at         DATETIME(3)  NOT NULL,
    answered           BOOLEAN      NOT NULL DEFAULT FALSE,
    answered_on        DATE,
    reminders_sent     INT          NOT NULL DEFAULT 0,
    last_reminded_at   DATETIME(3),
    updated_at         DATETIME(3)  NOT NULL,
    updated_by         VARCHAR(100),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_survey_invitation UNIQUE (survey_id, recipient_key),
    CONSTRAINT fk_survey_invitation_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answers of a survey that is not anonymous: one per invitation at most (unique), one per submission key (a retry
-- or a double submit stores one answer).
CREATE TABLE survey_response (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id          BIGINT       NOT NULL,
    invitation_id      BIGINT,
    submission_key     VARCHAR(64)  NOT NULL,
    answers            TEXT         NOT NULL,
    submitted_at       DATETIME(3)  NOT NULL,
    CONSTRAINT uq_survey_response_submission UNIQUE (submission_key),
    CONSTRAINT uq_survey_response_invitation UNIQUE (invitation_id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_response_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Answers of an anonymous survey: no invitation, link or person column, a random id (no order to match against
-- the invitations' answering) and only the day of submission.
CREATE TABLE survey_anonymous_response (
    id                 CHAR(36)     PRIMARY KEY,
    survey_id          BIGINT       NOT NULL,
    submission_key     VARCHAR(64)  NOT NULL,
    answers            TEXT         NOT NULL,
    submitted_on       DATE         NOT NULL,
    CONSTRAINT uq_survey_anonymous_submission UNIQUE (submission_key),
    CONSTRAINT fk_survey_anonymous_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
