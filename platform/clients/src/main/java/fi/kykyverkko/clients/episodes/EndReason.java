package fi.kykyverkko.clients.episodes;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** Why a clienthood episode ended, as the seeds track it (Essote's SBM). Stored by name: never rename a constant. */
public enum EndReason implements Labelled {
    EMPLOYED, STUDIES, REHABILITATION, PENSION, MOVED, DROPPED_OUT, REFERRED_ELSEWHERE, OTHER;

    @Override
    public String labelKey() {
        return "clients.end-reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
