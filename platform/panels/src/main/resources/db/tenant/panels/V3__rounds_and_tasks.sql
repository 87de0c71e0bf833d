-- Interview rounds (a panel taken where the clients are) and resident community tasks (platform/panels/README.md).
-- V3: V2 is the memos' migration (another branch); Flyway applies V1 and V3 on a fresh schema without V2.
-- place_org_id names a networks organisation row (no foreign key across modules).

-- An interview round of a panel: no client is recorded as a person, only how many were interviewed.
CREATE TABLE panel_interview_round (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id             BIGINT        NOT NULL,
    theme                VARCHAR(300)  NOT NULL,
    place_org_id         BIGINT,
    place_name           VARCHAR(300),
    first_day            DATE          NOT NULL,
    last_day             DATE          NOT NULL,
    participants         INT           NOT NULL,
    interviewers         VARCHAR(500)  NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_round_panel FOREIGN KEY (panel_id) REFERENCES customer_panel (id),
    CONSTRAINT ck_round_participants CHECK (participants >= 1)
);

-- A finding of a round; idea_id is the idea made of it (one at most).
CREATE TABLE panel_round_finding (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id             BIGINT        NOT NULL,
    text                 VARCHAR(1000) NOT NULL,
    idea_id              BIGINT,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_finding_round FOREIGN KEY (round_id) REFERENCES panel_interview_round (id),
    CONSTRAINT fk_finding_idea FOREIGN KEY (idea_id) REFERENCES panel_idea (id)
);

-- A resident task: open from opens_on for days days; questions one a line.
CREATE TABLE panel_resident_task (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id             BIGINT        NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    questions            TEXT          NOT NULL,
    opens_on             DATE          NOT NULL,
    days                 INT           NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_panel FOREIGN KEY (panel_id) REFERENCES customer_panel (id)
);

-- A resident's answer to one question: no link, address, user or time column (the day only); a nickname only if given.
CREATE TABLE panel_task_answer (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id              BIGINT        NOT NULL,
    submission           VARCHAR(64)   NOT NULL,
    question_no          INT           NOT NULL,
    text                 TEXT          NOT NULL,
    nickname             VARCHAR(60),
    answered_on          DATE          NOT NULL,
    idea_id              BIGINT,
    CONSTRAINT fk_answer_task FOREIGN KEY (task_id) REFERENCES panel_resident_task (id),
    CONSTRAINT fk_answer_idea FOREIGN KEY (idea_id) REFERENCES panel_idea (id),
    CONSTRAINT uq_answer_submission UNIQUE (submission, question_no)
);

-- Where an idea came from: besides a meeting or a member, an interview round or a resident task.
ALTER TABLE panel_idea ADD COLUMN round_id BIGINT NULL, ADD COLUMN task_id BIGINT NULL;
ALTER TABLE panel_idea ADD CONSTRAINT fk_idea_round FOREIGN KEY (round_id) REFERENCES panel_interview_round (id);
ALTER TABLE panel_idea ADD CONSTRAINT fk_idea_task FOREIGN KEY (task_id) REFERENCES panel_resident_task (id);
