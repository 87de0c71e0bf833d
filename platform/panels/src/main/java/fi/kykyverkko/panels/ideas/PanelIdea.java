package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An idea on a panel's board, from a meeting or from a member, from an interview round's finding or from residents'
 * answers to a community task ({@link IdeaOrigin}, one rule in {@link IdeaRules#origin}), with its status ({@link IdeaRules}), progress and who
 * answers for it. Its history is {@link IdeaUpdate} rows, written by {@link IdeaBoard} with every change.
 */
@Entity
@Table(name = "panel_idea")
public class PanelIdea extends Stamped {

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "author_id")
    private Long authorId;

    /** The interview round whose finding this idea was made of ({@code rounds.InterviewRound}). */
    @Column(name = "round_id")
    private Long roundId;

    /** The resident task whose answers this idea was made of ({@code tasks.ResidentTask}). */
    @Column(name = "task_id")
    private Long taskId;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdeaStatus status = IdeaStatus.NEW;

    @Column(nullable = false)
    private int progress;

    private String reason;

    @Column(name = "responsible_org_id")
    private Long responsibleOrganisationId;

    @Column(name = "responsible_person")
    private String responsiblePerson;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    protected PanelIdea() {
    }

    /** A new idea from meeting {@code meetingId} or from member {@code authorId} (one of them at least). */
    public PanelIdea(long panelId, Long meetingId, Long authorId, String title, String description, LocalDate proposedOn) {
        this(panelId, meetingId, authorId, null, null, title, description, proposedOn);
    }

    private PanelIdea(long panelId, Long meetingId, Long authorId, Long roundId, Long taskId, String title, String description, LocalDate proposedOn) {
        IdeaRules.origin(meetingId, authorId, roundId, taskId).required("proposedOn", proposedOn).throwIfAny();
        this.panelId = panelId;
        this.meetingId = meetingId;
        this.authorId = authorId;
        this.roundId = roundId;
        this.taskId = taskId;
        this.proposedOn = proposedOn;
        describe(title, description);
    }

    /** An idea made of a finding of interview round {@code roundId}. */
    public static PanelIdea fromRound(long panelId, long roundId, String title, String description, LocalDate proposedOn) {
        return new PanelIdea(panelId, null, null, roundId, null, title, description, proposedOn);
    }

    /** An idea made of residents' answers to task {@code taskId}. */
    public static PanelIdea fromTask(long panelId, long taskId, String title, String description, LocalDate proposedOn) {
        return new PanelIdea(panelId, null, null, null, taskId, title, description, proposedOn);
    }

    /** Where the idea came from (a member's idea raised at a meeting is the member's). */
    public IdeaOrigin origin() {
        if (roundId != null) {
            return IdeaOrigin.INTERVIEW_ROUND;
        }
        if (taskId != null) {
            return IdeaOrigin.RESIDENT_TASK;
        }
        return authorId != null ? IdeaOrigin.MEMBER : IdeaOrigin.MEETING;
    }

    public void describe(String title, String description) {
        Problems problems = new Problems().required("title", Problems.clean(title)).maxLength("title", Problems.clean(title), 300)
                .maxLength("description", description, 5000);
        problems.throwIfAny();
        this.title = Problems.clean(title);
        this.description = Problems.clean(description);
    }

    /** Applies {@code change} when it keeps the status rules; true when status, progress, reason or responsibility changed. */
    public boolean apply(IdeaChange change) {
        IdeaRules.check(change.status(), change.progress(), change.reason()).maxLength("responsiblePerson", change.responsiblePerson(), 200)
                .throwIfAny();
        String why = Problems.clean(change.reason());
        String person = Problems.clean(change.responsiblePerson());
        boolean changed = status != change.status() || progress != change.progress() || !Objects.equals(reason, why)
                || !Objects.equals(responsibleOrganisationId, change.responsibleOrganisationId()) || !Objects.equals(responsiblePerson, person);
        status = change.status();
        progress = change.progress();
        reason = why;
        responsibleOrganisationId = change.responsibleOrganisationId();
        responsiblePerson = person;
        return changed;
    }

    @Override
    public Problems check() {
        return IdeaRules.check(status, progress, reason).addAll(IdeaRules.origin(meetingId, authorId, roundId, taskId))
                .required("title", title).required("proposedOn", proposedOn);
    }

    public long getPanelId() {
        return panelId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getReason() {
        return reason;
    }

    public Long getResponsibleOrganisationId() {
        return responsibleOrganisationId;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }
}
