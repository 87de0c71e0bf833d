-- Runs inside each tenant's own schema: the region's outbox of e-mail (kernel.mail). Mail.send only queues a row
-- here; the sender delivers due rows over SMTP and records the outcome, so a mail server being down loses nothing.
-- (V2 belongs to the personal links of another branch; the numbers stay in step across branches.)
CREATE TABLE outgoing_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    template_code   VARCHAR(80)   NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NULL,
    last_error      VARCHAR(300)  NULL,
    queued_at       DATETIME(3)   NOT NULL,
    queued_by       VARCHAR(100)  NOT NULL,
    sent_at         DATETIME(3)   NULL,
    KEY outgoing_mail_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
