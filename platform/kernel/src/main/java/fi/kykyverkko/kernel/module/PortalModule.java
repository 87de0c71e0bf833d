package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.LocalizedText;

/**
 * The one extension mechanism: every feature area — core areas and region plugins alike — is a CDI bean
 * implementing this interface, packaged in its own jar inside the portal WAR.
 *
 * <p>In use: views, tenant migrations, translations, REST resources, home cards, indicators. Declared (shape
 * only, implemented when their first real user arrives): nightly batch jobs, survey/instrument templates,
 * tenant settings.
 */
public interface PortalModule {

    /** Stable id, lower-case with hyphens, e.g. {@code supported-employment}; used in tenant definitions. */
    String id();

    LocalizedText name();

    /** Core modules are on for every tenant; optional ones only where the tenant definition names them. */
    boolean core();

    /** Where the module's menu entries go: lower first (the front page 0, administration last). */
    default int menuOrder() {
        return 100;
    }

    /**
     * Classpath folder of this module's tenant-schema migrations (Flyway {@code V<n>__name.sql}), run in every
     * tenant schema whether the module is enabled there or not, so a schema never depends on enablement.
     * Each module keeps its own history table. Return null for a module without tenant tables.
     */
    default String tenantMigrations() {
        return "db/tenant/" + id();
    }

    /**
     * The views this module adds. A view of a module the active tenant has not enabled, or that the user has
     * no role for, answers "not found" and has no menu entry.
     */
    default java.util.List<ModuleView> views() {
        return java.util.List.of();
    }

    /** Base name of this module's translation bundle, e.g. {@code i18n.networks} for {@code i18n/networks_fi.properties}. */
    default String messages() {
        return "i18n." + id();
    }

    /**
     * JAX-RS resource classes of this module. Their paths start with {@code tenants/{tenant}/}; a request for a
     * tenant that has this module off, or that the caller does not belong to, answers 404.
     */
    default java.util.List<Class<?>> resources() {
        return java.util.List.of();
    }

    /**
     * Translation key of one or two sentences for the front page saying what this module does, naming its views
     * as the menu names them; shown where the module is on and the person sees one of its views. Null for none.
     */
    default String aboutKey() {
        return null;
    }

    /**
     * Cards for the front page of {@code context.user()} in {@code context.tenant()}, each in its section (what
     * waits, what is coming, what changed); computed on each visit, so keep them cheap.
     */
    default java.util.List<HomeCard> homeCards(HomeContext context) {
        return java.util.List.of();
    }

    /** Figures this module can compute per period, for the reports module. */
    default java.util.List<Indicator> indicators() {
        return java.util.List.of();
    }

    /** Declared shape: names of Jakarta Batch jobs ({@code META-INF/batch-jobs/<name>.xml}) to run nightly per tenant. */
    default java.util.List<String> nightlyJobs() {
        return java.util.List.of();
    }

    /** Declared shape: classpath paths of survey/instrument templates this module brings. */
    default java.util.List<String> instrumentTemplates() {
        return java.util.List.of();
    }

    /** Declared shape: settings tenant admins can change for this module. */
    default java.util.List<ModuleSetting> settings() {
        return java.util.List.of();
    }

    /**
     * Every persistent class of this module: entities, embeddables, mapped superclasses and JPA converters.
     * The portal's one persistence unit is built from what the installed modules (enabled or not) return
     * here, as a Keycloak provider returns its entities from {@code JpaEntityProvider.getEntities()}; their
     * tables come from the module's migrations, never from JPA.
     */
    default java.util.List<Class<?>> entities() {
        return java.util.List.of();
    }

    /**
     * Per-region roles this module adds, with their names in three languages. The kernel creates the Keycloak
     * group {@code /tenants/<region>/<role>} for each of them in every region; the shell offers and translates
     * them in region administration. A role name is unique across modules.
     */
    default java.util.List<ModuleRole> roles() {
        return java.util.List.of();
    }

    /**
     * Pages this module serves without login under {@code /public/<region>/<page>}. A request reaches a page
     * only when its region exists and has this module on; every other path under {@code /public/} answers
     * "not found", and every path outside it needs a login.
     */
    default java.util.List<Class<? extends PublicPage>> publicPages() {
        return java.util.List.of();
    }
}
