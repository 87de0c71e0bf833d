package fi.kykyverkko.clients.imports;

import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One row's episode as read from the file, made into an {@link Episode} only through its business acts (open,
 * hand over, move to each dated phase in day order, end), so an imported episode meets the same rules as one
 * followed in the portal and its durations come from the same dated history.
 *
 * @param firstPhase  the phase the episode opens in on {@code started}
 * @param steps       the later phases with their days, in the order they were entered
 * @param responsible a networks person made responsible from the start, or null
 */
public record EpisodePlan(int line, ClientService service, LocalDate started, String firstPhase, List<Step> steps,
                          LocalDate ended, EndReason endReason, Long responsible) {

    /** The episode entered {@code phase} (its code and column) on {@code day}. */
    public record Step(String phase, LocalDate day) {
    }

    public EpisodePlan {
        steps = List.copyOf(steps);
    }

    /**
     * The episode, built act by act. With {@code refused} an act's refusal is handed over with the column it
     * concerns and null is returned; without it the refusal is thrown.
     */
    Episode build(long clientId, long serviceId, BiConsumer<String, InvalidInputException> refused) {
        Episode episode;
        try {
            episode = Episode.open(clientId, serviceId, started, firstPhase);
        } catch (InvalidInputException e) {
            return refuse(refused, ClientImportColumns.STARTED, e);
        }
        if (responsible != null) {
            try {
                episode.handOverTo(responsible, started);
            } catch (InvalidInputException e) {
                return refuse(refused, ClientImportColumns.RESPONSIBLE, e);
            }
        }
        for (Step step : steps) {
            try {
                episode.moveTo(step.phase(), step.day());
            } catch (InvalidInputException e) {
                return refuse(refused, step.phase(), e);
            }
        }
        if (ended != null || endReason != null) {
            try {
                episode.end(endReason, ended);
            } catch (InvalidInputException e) {
                boolean aboutReason = e.problems().list().stream().anyMatch(p -> p.field().equals("endReason"));
                return refuse(refused, aboutReason ? ClientImportColumns.END_REASON : ClientImportColumns.ENDED, e);
            }
        }
        return episode;
    }

    /** The episode as it will be stored; the plan was checked when it was read, so a refusal here is a bug. */
    public Episode build(long clientId, long serviceId) {
        return build(clientId, serviceId, null);
    }

    private static Episode refuse(BiConsumer<String, InvalidInputException> refused, String column, InvalidInputException e) {
        if (refused == null) {
            throw e;
        }
        refused.accept(column, e);
        return null;
    }
}
