package fi.kykyverkko.networks.events;

/** Kinds of network events (labels: networks.event-kind.*). */
public enum EventKind {
    COMPETENCE_EVENT, MORNING_COFFEE, WEBINAR, INFO_SESSION, EMPLOYER_EVENT, OTHER;

    public String labelKey() {
        return "networks.event-kind." + name();
    }
}
