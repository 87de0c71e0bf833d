package fi.kykyverkko.consultations.room;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.live.LiveKey;

/**
 * What changed in a live room, as it travels on the shell's live bus (topic {@value #TOPIC}, the session's id): never
 * who or what was written. Each node re-reads the room from the database and pushes it to its own UIs.
 */
public enum RoomChange {
    /** someone came in or left */
    PRESENCE,
    /** a case was taken up or marked handled */
    CURRENT,
    /** the shared notes of a case were saved */
    NOTES,
    /** the outcome or follow-up of a case was recorded */
    OUTCOME;

    public static final String TOPIC = "consultations.room";

    /** The room of {@code sessionId} in {@code tenant} on the bus. */
    public static LiveKey room(TenantId tenant, long sessionId) {
        return new LiveKey(tenant.value(), TOPIC, sessionId);
    }
}
