-- Meeting memos with flipchart photos and the members' comments, and the own-phone mood feedback's "has answered"
-- markers (platform/panels/README.md, "Memos" and "Mood on the member's own phone").

-- A meeting's memo: DRAFT (staff write it), OPEN_FOR_COMMENTS (members comment from their page), FINAL (published
-- by the facilitator; never changed after that). One per meeting.
CREATE TABLE panel_memo (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id           BIGINT        NOT NULL,
    panel_id             BIGINT        NOT NULL,
    text                 TEXT,
    state                VARCHAR(20)   NOT NULL,
    opened_at            DATETIME(3),
    published_at         DATETIME(3),
    published_by         VARCHAR(100),
    updated_at           DATETIME(3)   NOT NULL,
    updated_by           VARCHAR(100),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_memo_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_memo_meeting FOREIGN KEY (meeting_id) REFERENCES panel_meeting (id),
    CONSTRAINT fk_memo_panel FOREIGN KEY (panel_id) REFERENCES customer_panel (id)
);

-- A photo of a memo as the portal re-encoded it (a new JPEG of at most 1600 px and a thumbnail): the uploaded file,
-- with its EXIF/XMP metadata and GPS position, is never stored.
CREATE TABLE panel_memo_photo (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    memo_id              BIGINT        NOT NULL,
    file_name            VARCHAR(255)  NOT NULL,
    content_type         VARCHAR(100)  NOT NULL,
    size_bytes           BIGINT        NOT NULL,
    width                INT           NOT NULL,
    height               INT           NOT NULL,
    content              LONGBLOB      NOT NULL,
    thumbnail            MEDIUMBLOB    NOT NULL,
    uploaded_at          DATETIME(3)   NOT NULL,
    uploaded_by          VARCHAR(100),
    CONSTRAINT fk_memophoto_memo FOREIGN KEY (memo_id) REFERENCES panel_memo (id)
);

-- A member's comment on a memo open for comments; submission_key (the form's) makes a retried post store it once.
CREATE TABLE panel_memo_comment (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    memo_id              BIGINT        NOT NULL,
    member_id            BIGINT        NOT NULL,
    text                 TEXT          NOT NULL,
    at                   DATETIME(3)   NOT NULL,
    submission_key       VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_memocomment_key UNIQUE (submission_key),
    CONSTRAINT fk_memocomment_memo FOREIGN KEY (memo_id) REFERENCES panel_memo (id),
    CONSTRAINT fk_memocomment_member FOREIGN KEY (member_id) REFERENCES panelist (id)
);

-- That a member answered a meeting's mood feedback on their own phone (once per member and meeting). A random id and
-- no answer id, time or order: it cannot be joined to panel_mood_answer, which stays exactly as the kiosk writes it.
CREATE TABLE panel_mood_marker (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    meeting_id           BIGINT        NOT NULL,
    member_id            BIGINT        NOT NULL,
    CONSTRAINT uq_moodmarker UNIQUE (meeting_id, member_id),
    CONSTRAINT fk_moodmarker_meeting FOREIGN KEY (meeting_id) REFERENCES panel_meeting (id),
    CONSTRAINT fk_moodmarker_member FOREIGN KEY (member_id) REFERENCES panelist (id)
);
