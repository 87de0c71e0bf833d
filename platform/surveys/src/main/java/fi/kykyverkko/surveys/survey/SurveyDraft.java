package fi.kykyverkko.surveys.survey;

import java.time.Instant;

/** What the builder asks: the instrument (its latest version in the library is taken), title, audience, window and rules. */
public record SurveyDraft(String title, String instrumentCode, Audience audience, Access access, boolean anonymous,
                          Instant opensAt, Instant closesAt, ReminderPolicy reminders, Integer minCount) {
}
