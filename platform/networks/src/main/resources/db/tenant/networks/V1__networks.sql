-- The region's network: organisations, people, groups with their meetings and tasks, events, and the
-- service catalogue. Runs inside one tenant schema. Every row a user maintains has a `code`: the stable
-- key CSV imports match on, so a re-import updates instead of duplicating.

CREATE TABLE organisation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(60)   NOT NULL,
    name_fi        VARCHAR(200)  NOT NULL,
    name_sv        VARCHAR(200),
    name_en        VARCHAR(200),
    type           VARCHAR(40)   NOT NULL,
    business_id    VARCHAR(9),
    email          VARCHAR(200),
    phone          VARCHAR(40),
    website        VARCHAR(300),
    address        VARCHAR(300),
    municipalities VARCHAR(1000) NOT NULL DEFAULT '',
    updated_at     DATETIME(3)   NOT NULL,
    updated_by     VARCHAR(100),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_organisation_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    title           VARCHAR(200),
    organisation_id BIGINT,
    email           VARCHAR(200),
    phone           VARCHAR(40),
    username        VARCHAR(100),
    updated_at      DATETIME(3)  NOT NULL,
    updated_by      VARCHAR(100),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_code UNIQUE (code),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_person_username ON person (username);

CREATE TABLE network_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(60)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    purpose     TEXT,
    convener_id BIGINT,
    cadence     VARCHAR(60),
    started_on  DATE         NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at  DATETIME(3)  NOT NULL,
    updated_by  VARCHAR(100),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_network_group_code UNIQUE (code),
    CONSTRAINT fk_group_convener FOREIGN KEY (convener_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_person (
    group_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, person_id),
    CONSTRAINT fk_group_person_group FOREIGN KEY (group_id) REFERENCES network_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_person_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB;

CREATE TABLE group_organisation (
    group_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, organisation_id),
    CONSTRAINT fk_group_org_group FOREIGN KEY (group_id) REFERENCES network_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_org_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

CREATE TABLE meeting (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id    BIGINT       NOT NULL,
    starts_at   DATETIME(3)  NOT NULL,
    ends_at     DATETIME(3)  NOT NULL,
    place       VARCHAR(300),
    online_link VARCHAR(500),
    agenda      TEXT,
    minutes     TEXT,
    decisions   TEXT,
    status      VARCHAR(20)  NOT NULL,
    sequence    INT          NOT NULL DEFAULT 0,
    updated_at  DATETIME(3)  NOT NULL,
    updated_by  VARCHAR(100),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_group FOREIGN KEY (group_id) REFERENCES network_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_group_start ON meeting (group_id, starts_at);

CREATE TABLE meeting_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    uploaded_by  VARCHAR(100),
    CONSTRAINT fk_attachment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_task (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id   BIGINT       NOT NULL,
    meeting_id BIGINT,
    title      VARCHAR(300) NOT NULL,
    owner_id   BIGINT,
    due_on     DATE,
    status     VARCHAR(20)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    updated_by VARCHAR(100),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_group FOREIGN KEY (group_id) REFERENCES network_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE SET NULL,
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE catalogue_service (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(60)   NOT NULL,
    organisation_id BIGINT        NOT NULL,
    name_fi         VARCHAR(200)  NOT NULL,
    name_sv         VARCHAR(200),
    name_en         VARCHAR(200),
    description_fi  TEXT          NOT NULL,
    description_sv  TEXT,
    description_en  TEXT,
    category        VARCHAR(40)   NOT NULL,
    target_group    TEXT,
    eligibility     TEXT,
    how_to_access   TEXT,
    contact_name    VARCHAR(200),
    contact_email   VARCHAR(200),
    contact_phone   VARCHAR(40),
    url             VARCHAR(500),
    municipalities  VARCHAR(1000) NOT NULL DEFAULT '',
    locations       TEXT,
    channels        VARCHAR(60)   NOT NULL DEFAULT '',
    keywords        VARCHAR(1000),
    last_reviewed   DATE          NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    updated_by      VARCHAR(100),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_service_code UNIQUE (code),
    CONSTRAINT fk_service_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE network_event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(60)  NOT NULL,
    title             VARCHAR(300) NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    description       TEXT,
    starts_at         DATETIME(3)  NOT NULL,
    ends_at           DATETIME(3)  NOT NULL,
    place             VARCHAR(300),
    online_link       VARCHAR(500),
    audience          VARCHAR(300),
    registration_open BOOLEAN      NOT NULL DEFAULT FALSE,
    capacity          INT,
    participant_count INT,
    updated_at        DATETIME(3)  NOT NULL,
    updated_by        VARCHAR(100),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_event_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_event_start ON network_event (starts_at);

CREATE TABLE event_registration (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    organisation  VARCHAR(200),
    email         VARCHAR(200),
    registered_at DATETIME(3)  NOT NULL,
    attended      BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES network_event (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
