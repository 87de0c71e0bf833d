-- Referrals, warm handovers, feedback to referrers, consents, client documents, caseload caps and the retention
-- setting. Runs inside one tenant schema. Nothing here is deleted by the portal except by the retention job,
-- which anonymises a client (clears identity and contact, keeps the rows that statistics count).

-- Where an episode's referral came from; several per episode.
CREATE TABLE referral_source (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    episode_id      BIGINT       NOT NULL,
    source_type     VARCHAR(40)  NOT NULL,
    organisation_id BIGINT,
    referrer_name   VARCHAR(200),
    referrer_email  VARCHAR(200),
    referrer_phone  VARCHAR(40),
    referred_on     DATE         NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    updated_by      VARCHAR(100),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_referral_source_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_referral_source_episode ON referral_source (episode_id);

-- The three-party warm handover meeting of an episode.
CREATE TABLE warm_handover (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    episode_id   BIGINT        NOT NULL,
    starts_at    DATETIME(3)   NOT NULL,
    ends_at      DATETIME(3)   NOT NULL,
    place        VARCHAR(300),
    participants VARCHAR(2000) NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    updated_by   VARCHAR(100),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_warm_handover_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Feedback owed to a referrer at a phase change or the end; sent_at stays empty until the portal sends mail.
CREATE TABLE referrer_feedback (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    referral_source_id BIGINT       NOT NULL,
    episode_id         BIGINT       NOT NULL,
    phase              VARCHAR(60)  NOT NULL,
    end_reason         VARCHAR(40),
    changed_on         DATE         NOT NULL,
    recipient          VARCHAR(200) NOT NULL,
    recorded_at        DATETIME(3)  NOT NULL,
    sent_at            DATETIME(3),
    CONSTRAINT fk_referrer_feedback_source FOREIGN KEY (referral_source_id) REFERENCES referral_source (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_referrer_feedback_unsent ON referrer_feedback (sent_at);

-- A consent: which organisation may receive which data categories, from when until when, revoked when.
CREATE TABLE client_consent (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id        BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    categories       VARCHAR(200) NOT NULL,
    given_on         DATE         NOT NULL,
    given_how        VARCHAR(20)  NOT NULL,
    valid_until      DATE         NOT NULL,
    revoked_at       DATETIME(3),
    revoked_by       VARCHAR(100),
    form_document_id BIGINT,
    updated_at       DATETIME(3)  NOT NULL,
    updated_by       VARCHAR(100),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_client_consent_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the gate asks "does this organisation hold a consent for this client" on every read
CREATE INDEX ix_client_consent_gate ON client_consent (organisation_id, client_id);

-- Files kept with a client: referral letters, scanned consent forms.
CREATE TABLE client_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id    BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    owner_id     BIGINT,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(150) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    uploaded_by  VARCHAR(100),
    CONSTRAINT fk_client_document_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_client_document_owner ON client_document (client_id, kind, owner_id);

-- Caseload caps per service (null: no cap) and the overrides managers granted.
ALTER TABLE client_service ADD COLUMN caseload_cap INT;
UPDATE client_service SET caseload_cap = 20, updated_by = 'migration', updated_at = UTC_TIMESTAMP(3) WHERE code = 'tyohonvalmennus';

CREATE TABLE caseload_override (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    episode_id  BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    open_before BIGINT       NOT NULL,
    cap         INT          NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    decided_by  VARCHAR(100) NOT NULL,
    decided_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_caseload_override_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- My clients: open episodes by responsible person, most urgent next step first.
CREATE INDEX ix_episode_next_step ON episode (responsible_person_id, ended_on, next_step_on);

-- Retention: a client is anonymised this many years after their last episode ended (README: why 12).
CREATE TABLE clients_settings (
    id              INT PRIMARY KEY,
    retention_years INT         NOT NULL,
    updated_at      DATETIME(3) NOT NULL,
    updated_by      VARCHAR(100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO clients_settings (id, retention_years, updated_at, updated_by) VALUES (1, 12, UTC_TIMESTAMP(3), 'migration');

-- Set when the retention job has anonymised the client: their rows stay for counting, their identity is gone.
ALTER TABLE client ADD COLUMN anonymised_at DATETIME(3);
