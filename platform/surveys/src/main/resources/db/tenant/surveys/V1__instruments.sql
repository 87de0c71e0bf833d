-- The region's instrument library: every version of every instrument definition (questionnaire and scoring) as
-- the JSON of format 1 (platform/surveys/README.md). Runs inside one tenant schema. A version is never deleted:
-- answers (a later table) name the exact version they were given to, and a version with answers is frozen.
CREATE TABLE instrument_version (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(60)  NOT NULL,
    -- the instrument's own version (1, 2, …); `version` below is the row's optimistic lock, as on every row
    instrument_version INT          NOT NULL,
    -- the definition as stored, its "version" field always equal to instrument_version
    definition         TEXT         NOT NULL,
    name_fi            VARCHAR(200) NOT NULL,
    -- TEMPLATE: installed as shipped by a module; REGION: written or changed by the region
    origin             VARCHAR(20)  NOT NULL,
    -- set once the version has answers; a frozen version is never changed again, a change becomes version + 1
    frozen             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         DATETIME(3)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    updated_by         VARCHAR(100),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_instrument_version UNIQUE (code, instrument_version),
    CONSTRAINT ck_instrument_version_number CHECK (instrument_version >= 1),
    CONSTRAINT ck_instrument_version_origin CHECK (origin IN ('TEMPLATE', 'REGION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
