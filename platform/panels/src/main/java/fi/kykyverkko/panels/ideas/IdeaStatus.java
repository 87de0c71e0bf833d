package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/**
 * Where an idea stands. Staff read {@link #labelKey()} (fi/sv/en); members read {@link #plainKey()}, said plainly
 * ("Tätä selvitetään", "Tämä on tehty"), in their language or plain Finnish.
 */
public enum IdeaStatus implements Labelled {
    NEW, LOOKED_INTO, IN_PROGRESS, DONE, NOT_TAKEN_FORWARD;

    private String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String labelKey() {
        return "panels.status." + code();
    }

    /** The member page's label of the status. */
    public String plainKey() {
        return "panels.member.status." + code();
    }
}
