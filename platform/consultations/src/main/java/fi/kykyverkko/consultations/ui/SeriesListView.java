package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;

/** The region's consultation hours ("Konsultaatiot"): each series with its rhythm and place; organisers make new ones. */
@Route(value = "consultations", layout = MainLayout.class)
public class SeriesListView extends PortalView {

    @Inject
    public SeriesListView(PortalSession session, ConsultationHours hours) {
        super(session, "consultations.list.title");
        if (ConsultationRoles.canOrganise(user(), tenant())) {
            Button create = new Button(getTranslation("consultations.list.new"), e -> Links.navigate(SeriesEditorView.class));
            create.setId("new-series");
            add(create);
        }
        StackedTable<ConsultationSeries> table = new StackedTable<>("consultation-series");
        table.component(getTranslation("consultations.field.title"), s -> Links.link(s.getTitle(), SeriesView.class, "id", String.valueOf(s.getId())))
                .text(getTranslation("consultations.field.rhythm"), s -> ConsultationTexts.rhythm(this, s))
                .breakingText(getTranslation("consultations.field.place"), ConsultationTexts::place)
                .text(getTranslation("consultations.field.active"), s -> getTranslation(s.isActive() ? "consultations.yes" : "consultations.no"))
                .whenEmpty(getTranslation("consultations.list.none"));
        table.setItems(hours.list(tenant(), user()));
        add(table);
    }
}
