package fi.kykyverkko.clients.api;

import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.PhaseDays;
import java.time.LocalDate;
import java.util.List;

/** An episode with its dated phase history and the durations computed from it (to today while open). */
public record EpisodeDto(long id, long clientId, long serviceId, LocalDate startedOn, String currentPhase, String nextStep,
        LocalDate nextStepOn, Long responsiblePersonId, LocalDate endedOn, String endReason, long days, List<PhaseDays> phases) {

    static EpisodeDto of(Episode e, LocalDate today) {
        return new EpisodeDto(e.getId(), e.getClientId(), e.getServiceId(), e.getStartedOn(), e.getCurrentPhase(), e.getNextStep(),
                e.getNextStepOn(), e.getResponsiblePersonId().orElse(null), e.getEndedOn(),
                e.getEndReason() == null ? null : e.getEndReason().name(), e.days(today), e.phaseDays(today));
    }
}
