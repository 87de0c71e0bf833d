-- Runs inside each tenant's own schema. Personal links for people without an account (platform/kernel/README.md,
-- "Personal links"): only SHA-256 hashes of the token and short code, never the secrets, and no personal data:
-- the subject is the owning module's own reference (e.g. invitation:42).
CREATE TABLE personal_link (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)     NOT NULL,
    short_code_hash CHAR(64)     NULL,
    purpose         VARCHAR(40)  NOT NULL,
    subject         VARCHAR(100) NOT NULL,
    use_mode        VARCHAR(30)  NOT NULL,
    issued_at       DATETIME(3)  NOT NULL,
    issued_by       VARCHAR(255) NOT NULL,
    expires_at      DATETIME(3)  NOT NULL,
    used_at         DATETIME(3)  NULL,
    submitted_at    DATETIME(3)  NULL,
    revoked_at      DATETIME(3)  NULL,
    revoked_by      VARCHAR(255) NULL,
    updated_at      DATETIME(3)  NOT NULL,
    updated_by      VARCHAR(255) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_personal_link_token UNIQUE (token_hash),
    CONSTRAINT ck_personal_link_expiry CHECK (expires_at > issued_at),
    INDEX ix_personal_link_short_code (short_code_hash),
    INDEX ix_personal_link_subject (purpose, subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
