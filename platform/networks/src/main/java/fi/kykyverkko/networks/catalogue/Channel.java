package fi.kykyverkko.networks.catalogue;

/** How a service is reached (labels: networks.channel.*). */
public enum Channel {
    ON_SITE, PHONE, REMOTE;

    public String labelKey() {
        return "networks.channel." + name();
    }
}
