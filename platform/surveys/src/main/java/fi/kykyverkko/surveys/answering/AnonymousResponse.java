package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored answer of an anonymous survey: no invitation, link or person, a random id (so the row order tells
 * nothing of who answered when) and only the day. Written once, never changed.
 */
@Entity
@Table(name = "survey_anonymous_response")
public class AnonymousResponse extends TenantRow {

    @Id
    private String id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "submission_key", nullable = false)
    private String submissionKey;

    @Column(nullable = false)
    private String answers;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    protected AnonymousResponse() {
    }

    AnonymousResponse(long surveyId, String submissionKey, String answers, LocalDate submittedOn) {
        this.id = UUID.randomUUID().toString();
        this.surveyId = surveyId;
        this.submissionKey = submissionKey;
        this.answers = answers;
        this.submittedOn = submittedOn;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public String getAnswers() {
        return answers;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }
}
