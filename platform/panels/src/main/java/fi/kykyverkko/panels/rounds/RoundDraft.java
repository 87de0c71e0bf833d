package fi.kykyverkko.panels.rounds;

import java.time.LocalDate;

/** What staff say of an interview round (the last day empty for a one-day round). */
public record RoundDraft(String theme, Long placeOrganisationId, String placeName, LocalDate firstDay, LocalDate lastDay, Integer participants,
                         String interviewers) {
}
