package fi.kykyverkko.consultations;

import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.PanelMember;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The core module for consultation hours (issue 13): series with their expert panel, sessions with their own booking
 * deadline (Finnish working days), anonymous cases booked in arrival order, the release job and reminders. Core: on in
 * every region. Its texts are in {@code i18n/consultation-hours*} (the test kit's stand-in module owns {@code i18n/consultations}).
 */
@ApplicationScoped
public class ConsultationsModule extends DeclaredModule {

    public static final String ID = "consultations";
    public static final String BUNDLE = "i18n.consultation-hours";

    public ConsultationsModule() {
        super(ID, new LocalizedText("Konsultaatiot", "Konsultationer", "Consultations"), true);
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(ConsultationSeries.class, PanelMember.class, ConsultationSession.class, ConsultationCase.class,
                fi.kykyverkko.consultations.pairs.PairConsultation.class);
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView(fi.kykyverkko.consultations.ui.SeriesListView.class, "consultations.list.title", "vaadin:comments", ConsultationRoles.READERS, true),
                new ModuleView(fi.kykyverkko.consultations.ui.MyBookingsView.class, "consultations.mine.title", "vaadin:user-check", ConsultationRoles.BOOKERS, true),
                new ModuleView(fi.kykyverkko.consultations.ui.SeriesView.class, "consultations.series.title", "vaadin:comments", ConsultationRoles.READERS, false),
                new ModuleView(fi.kykyverkko.consultations.ui.SeriesEditorView.class, "consultations.editor.title", "vaadin:edit", ConsultationRoles.ORGANISERS, false),
                new ModuleView(fi.kykyverkko.consultations.ui.SessionView.class, "consultations.session.title", "vaadin:comments", ConsultationRoles.READERS, false),
                new ModuleView(fi.kykyverkko.consultations.room.RoomView.class, "consultations.room.title", "vaadin:group", ConsultationRoles.READERS, false),
                new ModuleView(fi.kykyverkko.consultations.ui.PairsView.class, "consultations.pairs.title", "vaadin:users", ConsultationRoles.READERS, true),
                new ModuleView(fi.kykyverkko.consultations.ui.StatisticsView.class, "consultations.stats.title", "vaadin:chart", ConsultationRoles.ORGANISERS, true));
    }

    @Override
    public List<Class<?>> resources() {
        return List.of(fi.kykyverkko.consultations.api.ConsultationResource.class);
    }

    /**
     * Counts for the reports module, each saying what it counts: cases (not cancelled) in the period's sessions, sessions
     * released, and expert hours freed by releases (a session's length times its panel's size, in whole hours).
     */
    @Override
    public List<fi.kykyverkko.kernel.module.Indicator> indicators() {
        return List.of(
                count("consultations.cases", new LocalizedText("Konsultaatiot", "Konsultationer", "Consultations"),
                        new LocalizedText("konsultaatiotunneilla käsitellyt tapaukset", "ärenden behandlade på konsultationstimmar",
                                "cases handled in consultation hours"), t -> t.cases()),
                count("consultations.sessions-released", new LocalizedText("Vapautetut konsultaatiotunnit", "Frigjorda konsultationstimmar",
                                "Consultation hours released"),
                        new LocalizedText("tunnit, joille kukaan ei varannut tapausta", "timmar som ingen bokade", "sessions nobody booked"),
                        t -> t.sessionsReleased()),
                count("consultations.expert-hours-freed", new LocalizedText("Vapautunut asiantuntija-aika", "Frigjord experttid", "Expert time freed"),
                        new LocalizedText("asiantuntijatunnit (tunnin pituus × asiantuntijoiden määrä)", "experttimmar (timmens längd × antal experter)",
                                "expert hours (session length × panel size)"), t -> t.expertMinutesFreed() / 60));
    }

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<fi.kykyverkko.consultations.stats.ConsultationStatistics> statistics;

    private fi.kykyverkko.kernel.module.Indicator count(String id, LocalizedText name, LocalizedText counted,
                                                        java.util.function.ToLongFunction<fi.kykyverkko.consultations.stats.Tally> figure) {
        return new fi.kykyverkko.kernel.module.CountIndicator(id, name, counted,
                (tenant, from, until) -> figure.applyAsLong(statistics.get().tally(tenant, from, until)));
    }

    @Override
    public String messages() {
        return BUNDLE;
    }

    @Override
    public String aboutKey() {
        return "consultations.about";
    }
}
