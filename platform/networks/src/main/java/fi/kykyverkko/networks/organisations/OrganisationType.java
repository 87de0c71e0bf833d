package fi.kykyverkko.networks.organisations;

/** Kinds of organisations in a region's work-ability network (labels: networks.organisation-type.*). */
public enum OrganisationType implements fi.kykyverkko.kernel.domain.Labelled {
    TE_SERVICES, KELA, MUNICIPALITY, MUNICIPAL_EMPLOYMENT_PILOT, WELLBEING_COUNTY, NGO, EDUCATION,
    OCCUPATIONAL_HEALTH, TYP, OHJAAMO, EMPLOYER, OTHER;

    @Override

    public String labelKey() {
        return "networks.organisation-type." + name();
    }
}
