package fi.kykyverkko.surveys;

import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The core module for surveys (issue 12). So far: instruments as data and each region's instrument library
 * ({@code library.InstrumentLibrary}), filled with the templates every installed module ships. A core module, on
 * in every region as clients is: every region measures its services' outcomes. No views or roles of its own yet;
 * who may edit the library is the region's team and its admins ({@code library.LibraryRoles}).
 */
@ApplicationScoped
public class SurveysModule extends DeclaredModule {

    public static final String ID = "surveys";
    public static final String BUNDLE = "i18n." + ID;

    public SurveysModule() {
        super(ID, new LocalizedText("Kyselyt", "Enkäter", "Surveys"), true);
    }

    /** Tenant entities (tables in {@code db/tenant/surveys}). */
    @Override
    public List<Class<?>> entities() {
        return List.of(InstrumentVersion.class,
                fi.kykyverkko.surveys.assessment.ScheduleEntry.class,
                fi.kykyverkko.surveys.assessment.Measurement.class);
    }

    @Override
    public String messages() {
        return BUNDLE;
    }

    /** The six shipped templates (sources in the module's README); the library installs them in every region. */
    @Override
    public List<String> instrumentTemplates() {
        return ShippedInstruments.PATHS;
    }
}
