package fi.kykyverkko.consultations.series;

/** A panel member as shown: the network person's id, name, organisation, address and the profession they bring. */
public record PanelSeat(long personId, String name, String organisation, String email, String username, String profession) {
}
