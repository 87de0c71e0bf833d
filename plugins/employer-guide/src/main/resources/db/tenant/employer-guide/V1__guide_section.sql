-- The region's employer guide (työnantajaopas): sections on hiring and keeping people with partial work
-- ability, written by the region's employer liaison and published to employers without login.
CREATE TABLE guide_section (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(60)   NOT NULL,
    position    INT           NOT NULL,
    title_fi    VARCHAR(200)  NOT NULL,
    title_sv    VARCHAR(200),
    title_en    VARCHAR(200),
    body_fi     TEXT          NOT NULL,
    body_sv     TEXT,
    body_en     TEXT,
    contact     VARCHAR(300),
    published   BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at  DATETIME(3)   NOT NULL,
    updated_by  VARCHAR(100),
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_guide_section_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_guide_section_position ON guide_section (position);
