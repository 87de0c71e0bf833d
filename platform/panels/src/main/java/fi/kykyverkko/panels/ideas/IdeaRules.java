package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.Problems;

/**
 * The status rules of an idea, one place for the entity, the forms and the API: progress is 0–100 %; a new idea has
 * none yet (0 %); a done one is 100 %; 100 % is done; an idea not taken forward says why (members read the reason),
 * and only such an idea has a reason. An idea comes from somewhere ({@link #origin}).
 */
public final class IdeaRules {

    private IdeaRules() {
    }

    public static Problems check(IdeaStatus status, int progress, String reason) {
        Problems problems = new Problems().required("status", status);
        String why = Problems.clean(reason);
        if (progress < 0 || progress > 100) {
            problems.add("progress", "panels.idea.progress-range");
        } else if (status == IdeaStatus.NEW && progress != 0) {
            problems.add("progress", "panels.idea.new-has-no-progress");
        } else if (status == IdeaStatus.DONE && progress != 100) {
            problems.add("progress", "panels.idea.done-is-complete");
        } else if (status != null && status != IdeaStatus.DONE && progress == 100) {
            problems.add("status", "panels.idea.complete-is-done");
        }
        if (status == IdeaStatus.NOT_TAKEN_FORWARD && why == null) {
            problems.add("reason", "panels.idea.reason-required");
        } else if (status != null && status != IdeaStatus.NOT_TAKEN_FORWARD && why != null) {
            problems.add("reason", "panels.idea.reason-only-when-not-taken");
        }
        problems.maxLength("reason", why, 2000);
        return problems;
    }

    /**
     * Where an idea came from: a meeting, a member (or a member at a meeting), an interview round, or a resident task;
     * at least one, and a round or a task alone (their ideas are made of findings or answers, not at a meeting).
     */
    public static Problems origin(Long meetingId, Long authorId, Long roundId, Long taskId) {
        Problems problems = new Problems();
        int kinds = (meetingId != null || authorId != null ? 1 : 0) + (roundId != null ? 1 : 0) + (taskId != null ? 1 : 0);
        if (kinds == 0) {
            problems.add("origin", "panels.idea.origin-required");
        } else if (kinds > 1) {
            problems.add("origin", "panels.idea.origin-one");
        }
        return problems;
    }
}
