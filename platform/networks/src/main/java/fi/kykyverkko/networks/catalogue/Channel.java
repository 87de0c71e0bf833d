package fi.kykyverkko.networks.catalogue;

/** How a service is reached (labels: networks.channel.*). */
public enum Channel implements fi.kykyverkko.kernel.domain.Labelled {
    ON_SITE, PHONE, REMOTE;

    @Override

    public String labelKey() {
        return "networks.channel." + name();
    }
}
