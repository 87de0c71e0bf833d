package fi.kykyverkko.networks.groups;

/** A meeting is planned, then held (with minutes) or cancelled. */
public enum MeetingStatus implements fi.kykyverkko.kernel.domain.Labelled {
    PLANNED, HELD, CANCELLED;

    @Override

    public String labelKey() {
        return "networks.meeting-status." + name();
    }
}
