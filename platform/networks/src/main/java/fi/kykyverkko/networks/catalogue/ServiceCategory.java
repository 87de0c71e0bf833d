package fi.kykyverkko.networks.catalogue;

/** The catalogue's categories, after Keusote's Palvelukennosto (labels: networks.category.*). */
public enum ServiceCategory implements fi.kykyverkko.kernel.domain.Labelled {
    TE_SERVICES, KELA, HEALTH_CARE, REHABILITATION, SOCIAL_WELFARE, MENTAL_HEALTH_SUBSTANCE, MUNICIPAL,
    EDUCATION, DISABILITY_HOUSING, YOUTH_OHJAAMO, TYP, NGO;

    @Override

    public String labelKey() {
        return "networks.category." + name();
    }
}
