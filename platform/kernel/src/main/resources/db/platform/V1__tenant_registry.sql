-- The platform schema: which regions exist, which modules each has on, platform-wide settings,
-- and what happened when tenant definition files were last applied. No client data ever lives here.
CREATE TABLE tenant (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    schema_name     VARCHAR(64)  NOT NULL UNIQUE,
    name_fi         VARCHAR(200) NOT NULL,
    name_sv         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    organisation    VARCHAR(200) NOT NULL,
    theme           VARCHAR(40)  NOT NULL,
    definition_hash CHAR(64)     NOT NULL,
    defined_by      VARCHAR(200) NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tenant_municipality (
    tenant_id VARCHAR(40)  NOT NULL,
    position  INT          NOT NULL,
    name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id, position),
    CONSTRAINT fk_municipality_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A row per module the tenant's definition names; core modules are on without a row.
CREATE TABLE tenant_module (
    tenant_id VARCHAR(40) NOT NULL,
    module_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (tenant_id, module_id),
    CONSTRAINT fk_module_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_setting (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    value      TEXT         NOT NULL,
    updated_at DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last outcome per definition source (file name or API), so an operator sees what was rejected and why.
CREATE TABLE definition_report (
    source     VARCHAR(200) NOT NULL PRIMARY KEY,
    tenant_id  VARCHAR(40)  NULL,
    outcome    VARCHAR(20)  NOT NULL,
    problems   TEXT         NOT NULL,
    checked_at DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
