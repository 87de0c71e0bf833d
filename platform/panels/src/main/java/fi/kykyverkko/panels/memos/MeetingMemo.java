package fi.kykyverkko.panels.memos;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The memo of one meeting (seed 001: "flipcharts are photographed; a memo with photos goes to members for
 * comment"): its text and photos ({@link MemoPhoto}) written by staff as a draft, then opened for the members'
 * comments ({@link MemoComment}), then published by the facilitator, after which nothing of it changes.
 */
@Entity
@Table(name = "panel_memo")
public class MeetingMemo extends Stamped {

    public static final int MAX_TEXT = 20_000;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemoState state = MemoState.DRAFT;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "opened_at")
    private Instant openedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected MeetingMemo() {
    }

    public MeetingMemo(long panelId, long meetingId) {
        this.panelId = panelId;
        this.meetingId = meetingId;
    }

    /** Writes the memo's text; refused once it is final. */
    public void write(String text) {
        requireChangeable();
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            Problems.refuse("text", "validation.too-long", MAX_TEXT);
        }
        this.text = Problems.clean(text);
    }

    /** Photos are added and removed only before the memo is final. */
    public void requireChangeable() {
        if (state == MemoState.FINAL) {
            Problems.refuse("state", "panels.memo.final");
        }
    }

    /** Sends the draft to the members for comment: it needs a text (photos alone say too little to comment on). */
    public void openForComments(Instant at) {
        if (state != MemoState.DRAFT) {
            Problems.refuse("state", "panels.memo.not-draft");
        }
        if (text == null) {
            Problems.refuse("text", "panels.memo.text-required");
        }
        state = MemoState.OPEN_FOR_COMMENTS;
        openedAt = at;
    }

    /** The facilitator publishes the memo the members have commented on; from then on it cannot change. */
    public void publish(String by, Instant at) {
        if (state != MemoState.OPEN_FOR_COMMENTS) {
            Problems.refuse("state", "panels.memo.not-open");
        }
        if (text == null) {
            Problems.refuse("text", "panels.memo.text-required");
        }
        state = MemoState.FINAL;
        publishedBy = by;
        publishedAt = at;
    }

    public boolean acceptsComments() {
        return state == MemoState.OPEN_FOR_COMMENTS;
    }

    /** Members see a memo once it is opened to them: open for comments or final, never a draft. */
    public boolean shownToMembers() {
        return state != MemoState.DRAFT;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().maxLength("text", text, MAX_TEXT);
        if (state == MemoState.FINAL && (publishedAt == null || publishedBy == null)) {
            problems.add("state", "panels.memo.not-open");
        }
        if (state != MemoState.DRAFT && text == null) {
            problems.add("text", "panels.memo.text-required");
        }
        return problems;
    }

    public long getMeetingId() { return meetingId; }
    public long getPanelId() { return panelId; }
    public String getText() { return text; }
    public MemoState getState() { return state; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
}
