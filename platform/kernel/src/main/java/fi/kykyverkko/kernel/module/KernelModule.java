package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

/** The kernel is itself a core module: it owns the tenant tables every region needs (indicator targets, personal links). */
@ApplicationScoped
public class KernelModule extends DeclaredModule {

    public KernelModule() {
        super("kernel", new LocalizedText("Alusta", "Plattform", "Platform"), true);
    }

    /** The roles every region has; modules add their own next to these. */
    @Override
    public java.util.List<ModuleRole> roles() {
        return java.util.List.of(
                new ModuleRole(Roles.TENANT_ADMIN, "alueen ylläpitäjä", "områdesadministratör", "region administrator"),
                new ModuleRole(Roles.PROFESSIONAL, "ammattilainen", "yrkesperson", "professional"),
                new ModuleRole(Roles.NETWORK_MEMBER, "verkoston jäsen", "nätverksmedlem", "network member"),
                new ModuleRole(Roles.PANEL_FACILITATOR, "asiakasraadin fasilitaattori", "facilitator för kundråd", "customer panel facilitator"),
                new ModuleRole(Roles.MANAGER, "esihenkilö", "chef", "manager"));
    }

    /**
     * The platform's own persistent classes (the tenant registry, definition reports, indicator targets, personal links, the e-mail outbox) and the
     * domain kit's converters and embeddables, which every module's entities may use.
     */
    @Override
    public java.util.List<Class<?>> entities() {
        return java.util.List.of(fi.kykyverkko.kernel.persistence.UtcInstantConverter.class,
                fi.kykyverkko.kernel.domain.TextListConverter.class, fi.kykyverkko.kernel.domain.MultilingualText.class,
                fi.kykyverkko.kernel.domain.TimeSpan.class,
                fi.kykyverkko.kernel.tenancy.Tenant.class, fi.kykyverkko.kernel.tenancy.DefinitionReport.class,
                fi.kykyverkko.kernel.tenancy.IndicatorTargetRecord.class, fi.kykyverkko.kernel.links.PersonalLink.class,
                fi.kykyverkko.kernel.mail.OutgoingMail.class);
    }

    /** The kernel's own texts are those of shared tools (CSV import problems). */
    @Override
    public String messages() {
        return fi.kykyverkko.kernel.exchange.csv.CsvProblem.BUNDLE;
    }
}
