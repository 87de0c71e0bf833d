package fi.kykyverkko.surveys.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.library.LibraryJson;
import fi.kykyverkko.surveys.library.LibraryRoles;
import fi.kykyverkko.surveys.library.VersionComparison;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One instrument of the library: a preview of a chosen version (items, four languages, scores and bands in words),
 * the version history with a comparison of two versions (which items changed), and for the region's team and admins
 * the JSON editor ({@link DefinitionEditor}) and the start of a new instrument from a copy of this one.
 */
@Route(value = "surveys/library/instrument/:code([a-z0-9][a-z0-9-]{0,59})", layout = MainLayout.class)
public class InstrumentView extends PortalView implements BeforeEnterObserver {

    static final String CODE = "code";

    private final InstrumentLibrary library;
    private final Div content = new Div();
    private final Paragraph saved = new Paragraph();
    private String code;

    @Inject
    public InstrumentView(PortalSession session, InstrumentLibrary library) {
        super(session, "library.instrument.title");
        this.library = library;
        content.setWidthFull();
        saved.setId("library-saved");
        saved.getElement().setAttribute("role", "status");
        add(saved, content);
    }

    static String language(Locale locale) {
        String l = locale == null ? "fi" : locale.getLanguage();
        return l.equals("sv") || l.equals("en") ? l : "fi";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        if (library.latest(tenant(), user(), code).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    void render() {
        content.removeAll();
        List<InstrumentVersion> versions = library.versions(tenant(), user(), code);
        if (versions.isEmpty()) {
            return;
        }
        InstrumentVersion latest = versions.get(0);
        H3 heading = new H3(latest.definition().name().in(language(getLocale())) + " (" + code + ")");
        heading.setId("library-heading");
        content.add(heading);

        Div preview = new Div();
        Select<Integer> shown = new Select<>();
        shown.setLabel(getTranslation("library.preview.version"));
        shown.setId("library-preview-version");
        shown.setItems(versions.stream().map(InstrumentVersion::getNumber).toList());
        shown.addValueChangeListener(e -> {
            preview.removeAll();
            byNumber(versions, e.getValue()).ifPresent(v -> preview.add(new DefinitionPreview("library-preview", v.definition())));
        });
        shown.setValue(latest.getNumber());
        content.add(shown, preview);

        content.add(new H3(getTranslation("library.history.title")));
        StackedTable<InstrumentVersion> history = new StackedTable<>("library-history");
        history.figure(getTranslation("library.field.version"), v -> String.valueOf(v.getNumber()))
                .text(getTranslation("library.field.origin"), v -> getTranslation("library.origin." + v.getOrigin().name().toLowerCase(Locale.ROOT)))
                .text(getTranslation("library.field.frozen"), v -> getTranslation(v.isFrozen() ? "library.frozen.yes" : "library.frozen.no"))
                .text(getTranslation("library.history.created"), v -> PortalTime.dateTime(v.getCreatedAt(), getLocale()) + ", " + v.getCreatedBy())
                .text(getTranslation("library.history.changed"), v -> PortalTime.dateTime(v.getUpdatedAt(), getLocale())
                        + (v.getUpdatedBy() == null ? "" : ", " + v.getUpdatedBy()));
        history.setItems(versions);
        content.add(history);
        if (versions.size() > 1) {
            content.add(comparison(versions));
        }
        if (LibraryRoles.canEdit(user(), tenant())) {
            content.add(new H3(getTranslation("library.editor.title")));
            content.add(new DefinitionEditor("library-editor", library, tenant(), user(), latest.getDefinition(), this::afterSave));
            content.add(copyStart(latest));
        }
    }

    private void afterSave(InstrumentVersion stored, String outcome) {
        fi.kykyverkko.shell.kit.FormSave.notify(outcome, false);
        if (stored.getCode().equals(code)) {
            saved.setText(outcome);
            render();
        } else {
            fi.kykyverkko.shell.kit.Links.navigate(InstrumentView.class, CODE, stored.getCode());
        }
    }

    private Div comparison(List<InstrumentVersion> versions) {
        Div box = new Div();
        box.add(new H3(getTranslation("library.compare.title")));
        List<Integer> numbers = versions.stream().map(InstrumentVersion::getNumber).toList();
        Select<Integer> from = new Select<>();
        from.setLabel(getTranslation("library.compare.from"));
        from.setId("library-compare-from");
        from.setItems(numbers);
        Select<Integer> to = new Select<>();
        to.setLabel(getTranslation("library.compare.to"));
        to.setId("library-compare-to");
        to.setItems(numbers);
        UnorderedList result = new UnorderedList();
        result.setId("library-compare-result");
        Runnable compare = () -> {
            result.removeAll();
            Optional<InstrumentVersion> a = byNumber(versions, from.getValue());
            Optional<InstrumentVersion> b = byNumber(versions, to.getValue());
            if (a.isEmpty() || b.isEmpty()) {
                return;
            }
            List<VersionComparison.Difference> differences = VersionComparison.compare(a.get().definition(), b.get().definition());
            if (differences.isEmpty()) {
                result.add(new ListItem(getTranslation("library.compare.same")));
            }
            for (VersionComparison.Difference d : differences) {
                result.add(new ListItem(getTranslation("library.compare." + d.what() + "." + d.kind().name().toLowerCase(Locale.ROOT), d.id())));
            }
        };
        from.addValueChangeListener(e -> compare.run());
        to.addValueChangeListener(e -> compare.run());
        from.setValue(numbers.get(1));
        to.setValue(numbers.get(0));
        box.add(from, to, result);
        return box;
    }

    private Div copyStart(InstrumentVersion source) {
        Div box = new Div();
        box.add(new H3(getTranslation("library.copy.title")));
        box.add(new Paragraph(getTranslation("library.copy.help")));
        TextField newCode = new TextField(getTranslation("library.copy.code"));
        newCode.setId("library-copy-code");
        Div editor = new Div();
        Button start = new Button(getTranslation("library.copy.start"), e -> {
            String wanted = newCode.getValue() == null ? "" : newCode.getValue().strip();
            if (!wanted.matches("[a-z0-9][a-z0-9-]{0,59}")) {
                newCode.setInvalid(true);
                newCode.setErrorMessage(getTranslation("validation.code"));
                return;
            }
            if (library.latest(tenant(), user(), wanted).isPresent()) {
                newCode.setInvalid(true);
                newCode.setErrorMessage(getTranslation("library.copy.taken"));
                return;
            }
            newCode.setInvalid(false);
            editor.removeAll();
            editor.add(new DefinitionEditor("library-copy", library, tenant(), user(), LibraryJson.asCopy(source.getDefinition(), wanted), this::afterSave));
        });
        start.setId("library-copy-start");
        box.add(newCode, start, editor);
        return box;
    }

    private static Optional<InstrumentVersion> byNumber(List<InstrumentVersion> versions, Integer number) {
        return versions.stream().filter(v -> number != null && v.getNumber() == number).findFirst();
    }
}
