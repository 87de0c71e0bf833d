package fi.kykyverkko.panels.tasks;

import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A resident's answer to one question of a task: the text (checked by the identity guard before it is stored), an
 * optional nickname (none: anonymous), the day (no time, no address, no link) and the submission key of the form it
 * came in, so a retried post stores nothing twice. An idea made of it is linked back ({@code ideaId}).
 */
@Entity
@Table(name = "panel_task_answer")
public class TaskAnswer extends TenantRow {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NICKNAME = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(nullable = false)
    private String submission;

    @Column(name = "question_no", nullable = false)
    private int questionNo;

    @Column(nullable = false)
    private String text;

    private String nickname;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "idea_id")
    private Long ideaId;

    protected TaskAnswer() {
    }

    /** Made only by {@link ResidentTasks#answer} after every rule and the guard passed. */
    TaskAnswer(long taskId, String submission, int questionNo, String text, String nickname, LocalDate answeredOn) {
        this.taskId = taskId;
        this.submission = submission;
        this.questionNo = questionNo;
        this.text = text;
        this.nickname = nickname;
        this.answeredOn = answeredOn;
    }

    /**
     * An answer collected before (the demo's, an import of a closed task's answers): the caller has run
     * {@link AnswerRules} or knows the texts are clean; each gets a submission key of its own.
     */
    public static TaskAnswer collected(long taskId, int questionNo, String text, String nickname, LocalDate answeredOn) {
        return new TaskAnswer(taskId, java.util.UUID.randomUUID().toString(), questionNo, text, nickname, answeredOn);
    }

    /** An idea was made of this answer; an answer goes into one idea only. */
    void usedIn(long idea) {
        if (ideaId != null) {
            fi.kykyverkko.kernel.domain.Problems.refuse("answers", "panels.task.answer-has-idea");
        }
        ideaId = idea;
    }

    public Long getId() {
        return id;
    }

    public long getTaskId() {
        return taskId;
    }

    public int getQuestionNo() {
        return questionNo;
    }

    public String getText() {
        return text;
    }

    public String getNickname() {
        return nickname;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public Long getIdeaId() {
        return ideaId;
    }
}
