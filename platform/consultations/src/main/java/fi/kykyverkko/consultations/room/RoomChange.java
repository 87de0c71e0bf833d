package fi.kykyverkko.consultations.room;

import java.io.Serializable;

/**
 * What travels on the room bus, between the nodes too: the region, the session and what changed, never who or what
 * was written (no personal data, no case text). Each node re-reads the room from the database and pushes it to its own
 * UIs. {@code origin} names the node that published it, so a node ignores its own event coming back.
 */
public record RoomChange(String region, long sessionId, What what, String origin) implements Serializable {

    /** What changed in the room. */
    public enum What {
        /** someone came in or left */
        PRESENCE,
        /** a case was taken up or marked handled */
        CURRENT,
        /** the shared notes of a case were saved */
        NOTES,
        /** the outcome or follow-up of a case was recorded */
        OUTCOME
    }

    public RoomChange {
        if (region == null || region.isBlank() || what == null || origin == null) {
            throw new IllegalArgumentException("a room change names its region, what changed and its node");
        }
    }
}
