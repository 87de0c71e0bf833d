package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

/** The kernel is itself a core module: it owns the tenant tables every region needs (indicator targets). */
@ApplicationScoped
public class KernelModule extends DeclaredModule {

    public KernelModule() {
        super("kernel", new LocalizedText("Alusta", "Plattform", "Platform"), true);
    }

    /** The kernel's own texts are those of shared tools (CSV import problems). */
    @Override
    public String messages() {
        return fi.kykyverkko.kernel.exchange.csv.CsvProblem.BUNDLE;
    }
}
