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
                fi.kykyverkko.surveys.answering.AnonymousResponse.class,
                fi.kykyverkko.surveys.assessment.ScheduleEntry.class,
                fi.kykyverkko.surveys.assessment.Measurement.class);
    }

    /**
     * "Kyselyt" (the list, the builder and one survey's page, for the region's organisers), the library (Mittarit:
     * everyone in the region reads, the team and admins edit) and self-assessment (Arvioinnit: the team).
     */
    @Override
    public List<fi.kykyverkko.kernel.module.ModuleView> views() {
        java.util.Set<String> organisers = fi.kykyverkko.surveys.survey.SurveyRoles.ORGANISERS;
        java.util.Set<String> libraryReaders = java.util.Set.of(fi.kykyverkko.kernel.security.Roles.PROFESSIONAL,
                fi.kykyverkko.kernel.security.Roles.MANAGER, fi.kykyverkko.kernel.security.Roles.TENANT_ADMIN,
                fi.kykyverkko.kernel.security.Roles.NETWORK_MEMBER, fi.kykyverkko.kernel.security.Roles.PANEL_FACILITATOR);
        return List.of(
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.ui.SurveysView.class, "survey.list.title", "vaadin:clipboard-check", organisers, true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.ui.SurveyBuilderView.class, "survey.builder.title", "vaadin:plus", organisers, false),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.ui.SurveyView.class, "survey.view.title", "vaadin:clipboard-check", organisers, false),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.library.ui.LibraryView.class, "library.title", "vaadin:clipboard-text", libraryReaders, true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.library.ui.InstrumentView.class, "library.instrument.title", "vaadin:clipboard-text", libraryReaders, false),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.assessment.ui.AssessmentsView.class, "assessment.title", "vaadin:chart-line", fi.kykyverkko.clients.ClientRoles.TEAM, true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.assessment.ui.ScheduleView.class, "assessment.schedule.title", "vaadin:calendar-clock", fi.kykyverkko.surveys.assessment.SelfAssessments.SCHEDULE_EDITORS, true),
                new fi.kykyverkko.kernel.module.ModuleView(fi.kykyverkko.surveys.assessment.ui.MeasurementsView.class, "assessment.episode.title", "vaadin:chart-line", fi.kykyverkko.clients.ClientRoles.READERS, false));
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
