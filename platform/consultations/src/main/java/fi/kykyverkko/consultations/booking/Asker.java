package fi.kykyverkko.consultations.booking;

/** Who brings a case, as the statistics count them: the username (to cancel, to remind), profession and organisation. */
public record Asker(String username, String profession, String organisation, String organisationCode, String email) {
}
