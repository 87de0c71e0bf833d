-- The retention job's own records. Runs inside one tenant schema.

-- One row per anonymised client: the primary key makes a second anonymisation of the same client impossible, so a
-- restarted or repeated run cannot count anyone twice. Holds no personal data (the client row keeps only numbers).
CREATE TABLE client_anonymisation (
    client_id          BIGINT      PRIMARY KEY,
    job_instance       BIGINT      NOT NULL,
    last_episode_ended DATE,
    anonymised_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_client_anonymisation_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_client_anonymisation_job ON client_anonymisation (job_instance);

-- What each run did in the region: its report. A restarted run updates its own row (same job instance).
CREATE TABLE retention_run (
    job_instance  BIGINT      PRIMARY KEY,
    cutoff        DATE        NOT NULL,
    retention_years INT       NOT NULL,
    anonymised    INT         NOT NULL,
    kept          INT         NOT NULL,
    started_at    DATETIME(3) NOT NULL,
    finished_at   DATETIME(3) NOT NULL,
    executions    INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The job's candidates are the clients not yet anonymised; it walks them by id.
CREATE INDEX ix_client_anonymised ON client (anonymised_at, id);
