-- The audit log of reads and changes of client data, in its own schema kyky_audit: outside the
-- tenant_% pattern the portal user holds ALL on, so the database itself can refuse UPDATE and DELETE
-- here (see platform/kernel/README.md, "Audit log"). One table for every region, filtered by tenant.
-- Never holds a personal identity code: the portal refuses an entry whose text looks like one.
CREATE TABLE audit_entry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant             VARCHAR(40)   NOT NULL,
    occurred_at        DATETIME(6)   NOT NULL, -- UTC
    actor              VARCHAR(100)  NOT NULL, -- username
    actor_roles        VARCHAR(500)  NOT NULL, -- the actor's roles in this region, comma-separated
    actor_organisation VARCHAR(200)  NULL,
    subject_id         VARCHAR(64)   NULL,     -- the client's id; null for a search
    category           VARCHAR(30)   NOT NULL, -- DataCategory
    action             VARCHAR(10)   NOT NULL, -- AuditAction
    channel            VARCHAR(10)   NOT NULL, -- AuditChannel
    location           VARCHAR(300)  NOT NULL, -- view route, API path, export or job name
    purpose            VARCHAR(500)  NULL,
    emergency_override BOOLEAN       NOT NULL DEFAULT FALSE,
    override_reason    VARCHAR(1000) NULL,
    CONSTRAINT audit_override_has_reason CHECK (emergency_override = FALSE OR override_reason IS NOT NULL),
    INDEX audit_by_time (tenant, occurred_at),
    INDEX audit_by_subject (tenant, subject_id, occurred_at),
    INDEX audit_by_actor (tenant, actor, occurred_at),
    INDEX audit_overrides (tenant, emergency_override, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
