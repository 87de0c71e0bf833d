package fi.kykyverkko.networks.groups;

/** A meeting is planned, then held (with minutes) or cancelled. */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED;

    public String labelKey() {
        return "networks.meeting-status." + name();
    }
}
