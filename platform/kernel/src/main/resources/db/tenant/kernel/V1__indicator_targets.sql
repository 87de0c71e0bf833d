-- Runs inside each tenant's own schema. Indicator targets come from the tenant definition
-- (e.g. Kymenlaakso: customer satisfaction 8.5); the insights module compares figures with them.
CREATE TABLE indicator_target (
    indicator  VARCHAR(40)   NOT NULL PRIMARY KEY,
    target     DECIMAL(9, 2) NOT NULL,
    scale      VARCHAR(20)   NOT NULL,
    updated_at DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
