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
        return List.of(ConsultationSeries.class, PanelMember.class, ConsultationSession.class, ConsultationCase.class);
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView(fi.kykyverkko.consultations.ui.SeriesListView.class, "consultations.list.title", "vaadin:comments", ConsultationRoles.READERS, true),
                new ModuleView(fi.kykyverkko.consultations.ui.MyBookingsView.class, "consultations.mine.title", "vaadin:user-check", ConsultationRoles.BOOKERS, true),
                new ModuleView(fi.kykyverkko.consultations.ui.SeriesView.class, "consultations.series.title", "vaadin:comments", ConsultationRoles.READERS, false),
                new ModuleView(fi.kykyverkko.consultations.ui.SeriesEditorView.class, "consultations.editor.title", "vaadin:edit", ConsultationRoles.ORGANISERS, false),
                new ModuleView(fi.kykyverkko.consultations.ui.SessionView.class, "consultations.session.title", "vaadin:comments", ConsultationRoles.READERS, false));
    }

    @Override
    public List<Class<?>> resources() {
        return List.of(fi.kykyverkko.consultations.api.ConsultationResource.class);
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
