package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One person invited to one survey, once: {@link #recipientKey(String)} normalises the address, and the key is
 * unique per survey, so a person who holds several roles gets one invitation. It records only that the person
 * answered (and the day), never which answer is theirs: an anonymous survey's answers name no invitation.
 */
@Entity
@Table(name = "survey_invitation")
public class Invitation extends Stamped {

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "recipient_key", nullable = false)
    private String recipientKey;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String language;

    @Column(name = "link_id")
    private Long linkId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(nullable = false)
    private boolean answered;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    protected Invitation() {
    }

    public Invitation(long surveyId, String email, String language, Instant now) {
        this.surveyId = surveyId;
        this.recipientKey = recipientKey(email);
        this.email = email.strip();
        this.language = language == null || !java.util.List.of("fi", "sv", "en").contains(language) ? "fi" : language;
        this.invitedAt = now;
    }

    /** The address as compared for "one invitation per person": trimmed and in lower case. */
    public static String recipientKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void linkTo(long personalLinkId) {
        this.linkId = personalLinkId;
    }

    /** The person answered: refused when already answered (one answer per invitation). Only the day is kept. */
    public void markAnswered(LocalDate today) {
        if (answered) {
            Problems.refuse("invitation", "respond.already-answered");
        }
        answered = true;
        answeredOn = today;
    }

    public boolean reminderDue(ReminderPolicy policy, Instant now) {
        return !answered && policy.due(invitedAt, remindersSent, lastRemindedAt, now);
    }

    public void reminded(Instant now) {
        remindersSent++;
        lastRemindedAt = now;
    }

    @Override
    public Problems check() {
        return new Problems().required("email", email).email("email", email).maxLength("email", email, 320);
    }

    public long getSurveyId() {
        return surveyId;
    }

    public String getRecipientKey() {
        return recipientKey;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Long getLinkId() {
        return linkId;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public boolean isAnswered() {
        return answered;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Instant getLastRemindedAt() {
        return lastRemindedAt;
    }
}
