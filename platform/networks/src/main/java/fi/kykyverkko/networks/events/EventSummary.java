package fi.kykyverkko.networks.events;

/** An event with its registration and attendance figures. */
public record EventSummary(NetworkEvent event, long registered, long attended) {

    public int participants() {
        return event.participants(attended);
    }
}
