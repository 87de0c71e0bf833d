package fi.kykyverkko.networks.groups;

/** Kinds of network groups seen in the regions (labels: networks.group-kind.*). */
public enum GroupKind implements fi.kykyverkko.kernel.domain.Labelled {
    DEVELOPMENT_GROUP, STEERING_GROUP, WORKING_GROUP, NETWORK, MORNING_COFFEE, PARTNERSHIP_TABLE, OTHER;

    @Override

    public String labelKey() {
        return "networks.group-kind." + name();
    }
}
