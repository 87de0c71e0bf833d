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
                fi.kykyverkko.surveys.survey.Survey.class,
                fi.kykyverkko.surveys.survey.Invitation.class,
                fi.kykyverkko.surveys.answering.Response.class,
                fi.kykyverkko.surveys.answering.AnonymousResponse.class);
    }

    /** "Kyselyt": the list, the builder and one survey's page, for the region's organisers ({@code survey.SurveyRoles}). */
    @Override
    public List<fi.kykyverkko.kernel.module.ModuleView> views() {
        java.util.Set<String> organisers = fi.kykyverkko.surveys.survey.SurveyRoles.ORGANISERS;
        return List.of(
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.ui.SurveysView.class, "survey.list.title", "vaadin:clipboard-check", organisers, true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.ui.SurveyBuilderView.class, "survey.builder.title", "vaadin:plus", organisers, false),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.ui.SurveyView.class, "survey.view.title", "vaadin:clipboard-check", organisers, false));
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
