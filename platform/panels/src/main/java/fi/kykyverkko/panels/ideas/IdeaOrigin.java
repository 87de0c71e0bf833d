package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/**
 * Where an idea came from: a panel meeting, a member, an interview round held where the clients are (a finding of
 * {@code rounds.InterviewRound}), or residents' answers to a community task ({@code tasks.ResidentTask}). Staff read
 * {@link #labelKey()}; members read {@link #plainKey()}.
 */
public enum IdeaOrigin implements Labelled {
    MEETING, MEMBER, INTERVIEW_ROUND, RESIDENT_TASK;

    private String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String labelKey() {
        return "panels.idea.origin." + code();
    }

    /** The member page's words for it. */
    public String plainKey() {
        return "panels.member.origin." + code();
    }
}
