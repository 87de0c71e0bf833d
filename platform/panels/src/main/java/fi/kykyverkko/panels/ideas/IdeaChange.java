package fi.kykyverkko.panels.ideas;

/**
 * One update of an idea as staff give it: the new status, progress and reason, who answers for it now, and a note
 * for the history (and for the members' notice).
 */
public record IdeaChange(IdeaStatus status, int progress, String reason, Long responsibleOrganisationId, String responsiblePerson, String note) {
}
