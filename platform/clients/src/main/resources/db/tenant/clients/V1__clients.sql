-- Clients, the region's services and clienthood episodes. Runs inside one tenant schema.
-- Nothing here is ever deleted: an ended episode stays, its phase and handover history with it.

-- The services of the region a client can have an episode in; the region edits names and adds its own.
CREATE TABLE client_service (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(60)  NOT NULL,
    name_fi    VARCHAR(200) NOT NULL,
    name_sv    VARCHAR(200),
    name_en    VARCHAR(200),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at DATETIME(3)  NOT NULL,
    updated_by VARCHAR(100),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_client_service_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every region starts with the services the seeds name; updated_by names the migration, not a person.
INSERT INTO client_service (code, name_fi, name_sv, name_en, updated_at, updated_by) VALUES
    ('tyokykytiimi', 'Työkykytiimi', 'Arbetsförmågeteam', 'Work ability team', UTC_TIMESTAMP(3), 'migration'),
    ('tyohonvalmennus', 'Työhönvalmennus', 'Jobbcoachning', 'Job coaching', UTC_TIMESTAMP(3), 'migration'),
    ('elintapaohjaus', 'Elintapaohjaus', 'Livsstilshandledning', 'Lifestyle coaching', UTC_TIMESTAMP(3), 'migration'),
    ('tyokykykoordinaatio', 'Työkykykoordinaatio', 'Arbetsförmågekoordinering', 'Work ability coordination', UTC_TIMESTAMP(3), 'migration');

-- The phases of a clienthood in this region, in order. The code is what an episode's history stores, so a
-- renamed phase keeps its history; `ended` is the phase an ended episode is in and is reached only by ending.
CREATE TABLE clienthood_phase (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(60)  NOT NULL,
    name_fi    VARCHAR(200) NOT NULL,
    name_sv    VARCHAR(200),
    name_en    VARCHAR(200),
    position   INT          NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    updated_by VARCHAR(100),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_clienthood_phase_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO clienthood_phase (code, name_fi, name_sv, name_en, position, updated_at, updated_by) VALUES
    ('initial-screening', 'Alkukartoitus', 'Inledande kartläggning', 'Initial screening', 1, UTC_TIMESTAMP(3), 'migration'),
    ('investigation', 'Selvittely', 'Utredning', 'Investigation', 2, UTC_TIMESTAMP(3), 'migration'),
    ('assessment', 'Arviointi', 'Bedömning', 'Assessment', 3, UTC_TIMESTAMP(3), 'migration'),
    ('team', 'Tiimi', 'Team', 'Team', 4, UTC_TIMESTAMP(3), 'migration'),
    ('follow-up', 'Seuranta', 'Uppföljning', 'Follow-up', 5, UTC_TIMESTAMP(3), 'migration'),
    ('ended', 'Päättynyt', 'Avslutad', 'Ended', 6, UTC_TIMESTAMP(3), 'migration');

-- A client. The identity code is never stored in clear: identity_sealed is the vault's AES-GCM value,
-- identity_lookup its keyed hash (unique, so a region cannot hold one code twice), identity_masked the list form.
CREATE TABLE client (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    first_name           VARCHAR(100),
    last_name            VARCHAR(100),
    nickname             VARCHAR(100),
    identity_sealed      VARBINARY(128),
    identity_lookup      BINARY(32),
    identity_masked      VARCHAR(11),
    phone                VARCHAR(40),
    email                VARCHAR(200),
    address              VARCHAR(300),
    municipality         VARCHAR(100),
    language             VARCHAR(10)  NOT NULL,
    interpreter_language VARCHAR(100),
    close_name           VARCHAR(200),
    close_relation       VARCHAR(100),
    close_phone          VARCHAR(40),
    updated_at           DATETIME(3)  NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_client_identity_lookup UNIQUE (identity_lookup)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- name search is a prefix search; the _ci collation makes it case-insensitive and keeps the index usable
CREATE INDEX ix_client_last_name ON client (last_name);
CREATE INDEX ix_client_first_name ON client (first_name);
CREATE INDEX ix_client_nickname ON client (nickname);

-- A clienthood episode of a client in a service. responsible_person_id is a networks person: no foreign key
-- across modules, which version their tables independently.
CREATE TABLE episode (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id             BIGINT       NOT NULL,
    service_id            BIGINT       NOT NULL,
    started_on            DATE         NOT NULL,
    current_phase         VARCHAR(60)  NOT NULL,
    next_step             VARCHAR(1000),
    next_step_on          DATE,
    responsible_person_id BIGINT,
    ended_on              DATE,
    end_reason            VARCHAR(40),
    updated_at            DATETIME(3)  NOT NULL,
    updated_by            VARCHAR(100),
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_episode_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_episode_service FOREIGN KEY (service_id) REFERENCES client_service (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_episode_responsible ON episode (responsible_person_id, ended_on);

-- The dated phase history: durations are computed from it, so imported history counts the same.
CREATE TABLE episode_phase (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    episode_id BIGINT      NOT NULL,
    position   INT         NOT NULL,
    phase      VARCHAR(60) NOT NULL,
    entered_on DATE        NOT NULL,
    CONSTRAINT uq_episode_phase_position UNIQUE (episode_id, position),
    CONSTRAINT fk_episode_phase_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who has been responsible for the episode, from when.
CREATE TABLE episode_handover (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    episode_id BIGINT NOT NULL,
    position   INT    NOT NULL,
    person_id  BIGINT NOT NULL,
    handed_on  DATE   NOT NULL,
    CONSTRAINT uq_episode_handover_position UNIQUE (episode_id, position),
    CONSTRAINT fk_episode_handover_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
