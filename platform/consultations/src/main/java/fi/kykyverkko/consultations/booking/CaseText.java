package fi.kykyverkko.consultations.booking;

/** What the asker states: the question, the reason from the list and the anonymous description of the case. */
public record CaseText(String question, Reason reason, String description) {
}
