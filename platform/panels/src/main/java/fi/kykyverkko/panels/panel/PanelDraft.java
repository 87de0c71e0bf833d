package fi.kykyverkko.panels.panel;

/** What staff give to start a panel: its name and purpose, responsible organisation, lead facilitator, note-taker, cadence. */
public record PanelDraft(String name, String purpose, Long organisationId, String facilitatorName, String facilitatorUsername,
                         String noteTaker, Cadence cadence, MeetingScript script) {
}
