package fi.kykyverkko.surveys.library.ui;

import com.vaadin.flow.router.Route;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.library.Origin;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mittarit: the region's instrument library, the latest version of each instrument with where it came from, whether
 * it is frozen (answered) and how many versions it has; each opens its preview, history and editor.
 */
@Route(value = "surveys/library", layout = MainLayout.class)
public class LibraryView extends PortalView {

    @Inject
    public LibraryView(PortalSession session, InstrumentLibrary library) {
        super(session, "library.title");
        List<InstrumentVersion> latest = library.list(tenant(), user());
        Map<String, Long> counts = library.versionCounts(tenant(), user());
        String language = InstrumentView.language(getLocale());
        StackedTable<InstrumentVersion> table = new StackedTable<>("library-list");
        table.component(getTranslation("library.field.name"), v -> Links.link(v.definition().name().in(language), InstrumentView.class,
                        InstrumentView.CODE, v.getCode()))
                .text(getTranslation("library.field.code"), InstrumentVersion::getCode)
                .figure(getTranslation("library.field.version"), v -> String.valueOf(v.getNumber()))
                .text(getTranslation("library.field.origin"), v -> origin(v.getOrigin()))
                .text(getTranslation("library.field.frozen"), v -> getTranslation(v.isFrozen() ? "library.frozen.yes" : "library.frozen.no"))
                .figure(getTranslation("library.field.versions"), v -> String.valueOf(counts.getOrDefault(v.getCode(), 1L)))
                .whenEmpty(getTranslation("library.none"));
        table.setItems(latest);
        add(table);
    }

    private String origin(Origin origin) {
        return getTranslation("library.origin." + origin.name().toLowerCase(Locale.ROOT));
    }
}
