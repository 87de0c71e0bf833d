package fi.kykyverkko.networks.groups;

/** Kinds of network groups seen in the regions (labels: networks.group-kind.*). */
public enum GroupKind {
    DEVELOPMENT_GROUP, STEERING_GROUP, WORKING_GROUP, NETWORK, MORNING_COFFEE, PARTNERSHIP_TABLE, OTHER;

    public String labelKey() {
        return "networks.group-kind." + name();
    }
}
