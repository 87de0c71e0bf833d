package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.survey.Survey;

/** What a live survey link opens: the survey, its invitation (null for the open link) and the definition it asks. */
public record AnswerTarget(Survey survey, Long invitationId, long linkId, InstrumentDefinition definition) {
}
