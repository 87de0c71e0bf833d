package fi.kykyverkko.networks.events;

/** Kinds of network events (labels: networks.event-kind.*). */
public enum EventKind implements fi.kykyverkko.kernel.domain.Labelled {
    COMPETENCE_EVENT, MORNING_COFFEE, WEBINAR, INFO_SESSION, EMPLOYER_EVENT, OTHER;

    @Override

    public String labelKey() {
        return "networks.event-kind." + name();
    }
}
