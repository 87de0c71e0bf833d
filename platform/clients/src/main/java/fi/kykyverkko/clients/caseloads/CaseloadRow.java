package fi.kykyverkko.clients.caseloads;

import java.time.LocalDate;

/**
 * One open episode in someone's caseload: whose it is, where it stands and what comes next.
 *
 * @param overdue     the next step's day has passed, or nothing is planned at all
 * @param daysInPhase days since the current phase was entered, to {@code today}
 */
public record CaseloadRow(long clientId, String clientName, long episodeId, String serviceCode, String phase,
        String nextStep, LocalDate nextStepOn, boolean overdue, long daysInPhase, long days) {
}
