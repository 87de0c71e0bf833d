package fi.kykyverkko.clients.episodes;

import java.time.LocalDate;

/** A stretch of an episode in one phase: from the day it was entered until the next phase, the end or "today". */
public record PhaseDays(String phase, LocalDate from, LocalDate until, long days) {
}
