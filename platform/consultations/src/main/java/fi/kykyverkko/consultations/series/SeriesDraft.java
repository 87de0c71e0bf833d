package fi.kykyverkko.consultations.series;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What an organiser gives for a series, made or changed (null deadline fields: the default, 12:00 the previous working day). */
public record SeriesDraft(String title, String purpose, String groundRules, Recurrence recurrence, LocalDate firstDate,
                          LocalTime startTime, LocalTime endTime, String place, String onlineLink, Integer capacityPerHour,
                          List<String> allowedProfessions, List<String> allowedOrganisations, Integer deadlineDaysBefore,
                          LocalTime deadlineTime) {
}
