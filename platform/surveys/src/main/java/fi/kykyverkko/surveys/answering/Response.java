package fi.kykyverkko.surveys.answering;

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

/** A stored answer of a survey that is not anonymous; written once, never changed. */
@Entity
@Table(name = "survey_response")
public class Response extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(name = "submission_key", nullable = false)
    private String submissionKey;

    @Column(nullable = false)
    private String answers;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Response() {
    }

    Response(long surveyId, Long invitationId, String submissionKey, String answers, Instant submittedAt) {
        this.surveyId = surveyId;
        this.invitationId = invitationId;
        this.submissionKey = submissionKey;
        this.answers = answers;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public String getAnswers() {
        return answers;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
