package fi.kykyverkko.panels.memos;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's comment on a memo open for comments, sent from their own page. Not anonymous (staff see who said it,
 * to ask back); the submission key of the form it came from is unique, so a retried post stores it once.
 */
@Entity
@Table(name = "panel_memo_comment")
public class MemoComment extends TenantRow {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "memo_id", nullable = false)
    private long memoId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String text;

    @Convert(converter = UtcInstantConverter.class)
    @Column(nullable = false)
    private Instant at;

    @Column(name = "submission_key", nullable = false)
    private String submissionKey;

    protected MemoComment() {
    }

    MemoComment(long memoId, long memberId, String text, Instant at, String submissionKey) {
        this.memoId = memoId;
        this.memberId = memberId;
        this.text = text;
        this.at = at;
        this.submissionKey = submissionKey;
    }

    public Long getId() { return id; }
    public long getMemoId() { return memoId; }
    public long getMemberId() { return memberId; }
    public String getText() { return text; }
    public Instant getAt() { return at; }
    public String getSubmissionKey() { return submissionKey; }
}
