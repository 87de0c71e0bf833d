package fi.kykyverkko.panels.tasks;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A themed task for a resident community (Kymenlaakso's "Prototyypit", seed 004: tasks run in active periods of
 * about a week): a title, one to three questions in plain language, open from its first day for {@code days} days
 * (a week unless said otherwise). Residents answer through the task's open public link without an account
 * ({@link TaskPage}); the ideas made of their answers go to the board of the task's panel.
 */
@Entity
@Table(name = "panel_resident_task")
public class ResidentTask extends Stamped {

    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 31;
    public static final int MAX_QUESTIONS = 3;

    /** Where the task stands on a given day. */
    public enum State { NOT_YET_OPEN, OPEN, CLOSED }

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(nullable = false)
    private String title;

    /** One question a line. */
    @Column(nullable = false)
    private String questions;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(nullable = false)
    private int days;

    protected ResidentTask() {
    }

    public ResidentTask(long panelId, String title, String questions, LocalDate opensOn, Integer days) {
        this.panelId = panelId;
        Problems p = new Problems();
        p.attempt(() -> retitle(title));
        p.attempt(() -> ask(questions));
        p.attempt(() -> schedule(opensOn, days));
        p.throwIfAny();
    }

    public final void retitle(String text) {
        String t = Problems.clean(text);
        new Problems().required("title", t).maxLength("title", t, 200).throwIfAny();
        title = t;
    }

    /** The questions, one a line (blank lines dropped): one to three, each at most 500 characters. */
    public final void ask(String text) {
        List<String> lines = split(text);
        Problems p = new Problems();
        if (lines.isEmpty()) {
            p.add("questions", "validation.required");
        } else if (lines.size() > MAX_QUESTIONS) {
            p.add("questions", "panels.task.questions-count", MAX_QUESTIONS);
        }
        lines.forEach(l -> p.maxLength("questions", l, 500));
        p.throwIfAny();
        questions = String.join("\n", lines);
    }

    /** Open from {@code from} for {@code length} days (a week when not given, 1 to 31). */
    public final void schedule(LocalDate from, Integer length) {
        int n = length == null ? DEFAULT_DAYS : length;
        Problems p = new Problems().required("opensOn", from);
        if (n < 1 || n > MAX_DAYS) {
            p.add("days", "panels.task.days-range", MAX_DAYS);
        }
        p.throwIfAny();
        opensOn = from;
        days = n;
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(Problems::clean).filter(s -> s != null).toList();
    }

    public List<String> questionList() {
        return split(questions);
    }

    /** The first day it is closed again. */
    public LocalDate closesOn() {
        return opensOn.plusDays(days);
    }

    public LocalDate lastDay() {
        return closesOn().minusDays(1);
    }

    public State stateOn(LocalDate day) {
        return day.isBefore(opensOn) ? State.NOT_YET_OPEN : day.isBefore(closesOn()) ? State.OPEN : State.CLOSED;
    }

    @Override
    public Problems check() {
        return new Problems().required("title", title).required("questions", questions).required("opensOn", opensOn);
    }

    public long getPanelId() {
        return panelId;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestions() {
        return questions;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public int getDays() {
        return days;
    }
}
