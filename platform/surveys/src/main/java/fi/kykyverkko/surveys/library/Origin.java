package fi.kykyverkko.surveys.library;

/** Where a version in a region's library came from. */
public enum Origin {
    /** Installed as a module ships it ({@code PortalModule.instrumentTemplates()}), unchanged. */
    TEMPLATE,
    /** Written by the region, or a template the region changed. */
    REGION
}
