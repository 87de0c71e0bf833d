package fi.kykyverkko.surveys.library.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.surveys.instruments.DefinitionParser;
import fi.kykyverkko.surveys.instruments.ParsedDefinition;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.library.LibraryJson;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The JSON of a definition in a text area, with "validate" (every problem at its path, in the person's language) and
 * "save", which says whether the library corrected the latest version in place or made version N+1 because the old
 * one was frozen (or made version 1 of a new instrument); that sentence is handed to {@code saved} with the stored
 * version, since the page is drawn again after a save. The rules are the library's; nothing is checked here twice.
 */
public class DefinitionEditor extends Div {

    private final TextArea json = new TextArea();
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph outcome = new Paragraph();

    public DefinitionEditor(String idPrefix, InstrumentLibrary library, TenantId tenant, PortalUser editor, String initial, BiConsumer<InstrumentVersion, String> saved) {
        json.setLabel(getTranslation("library.editor.json"));
        json.setId(idPrefix + "-json");
        json.setWidthFull();
        json.getStyle().set("font-family", "monospace").set("min-height", "16rem").set("max-height", "32rem");
        json.setValue(initial == null ? "" : initial);
        problems.setId(idPrefix + "-problems");
        outcome.setId(idPrefix + "-outcome");
        outcome.getElement().setAttribute("role", "status");
        Button validate = new Button(getTranslation("library.editor.validate"), e -> validate());
        validate.setId(idPrefix + "-validate");
        Button save = new Button(getTranslation("library.editor.save"), e -> save(library, tenant, editor, saved));
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(validate, save);
        buttons.getStyle().set("display", "flex").set("gap", "0.5rem").set("flex-wrap", "wrap");
        add(json, buttons, outcome, problems);
    }

    /** Shows every problem the parser finds (the library ignores the file's version, so it is set to 1 for the check). */
    boolean validate() {
        ParsedDefinition parsed = DefinitionParser.parse(LibraryJson.withVersion(json.getValue(), 1));
        show(parsed.problems().stream().map(p -> new Problems.Problem(p.path(), p.key(), List.of())).toList());
        outcome.setText(getTranslation(parsed.ok() ? "library.editor.valid" : "library.editor.invalid", parsed.problems().size()));
        return parsed.ok();
    }

    private void save(InstrumentLibrary library, TenantId tenant, PortalUser editor, BiConsumer<InstrumentVersion, String> saved) {
        if (!validate()) {
            return;
        }
        String code = LibraryJson.parseOrRefuse(LibraryJson.withVersion(json.getValue(), 1)).code();
        Optional<InstrumentVersion> before = library.latest(tenant, editor, code);
        try {
            InstrumentVersion stored = library.save(tenant, editor, json.getValue());
            String said = outcome(before, stored);
            outcome.setText(said);
            show(List.of());
            saved.accept(stored, said);
        } catch (InvalidInputException refused) {
            show(refused.problems().list());
            outcome.setText(getTranslation("library.editor.invalid", refused.problems().list().size()));
        }
    }

    String outcome(Optional<InstrumentVersion> before, InstrumentVersion stored) {
        if (before.isEmpty()) {
            return getTranslation("library.editor.saved-new", stored.getCode());
        }
        if (before.get().getNumber() == stored.getNumber()) {
            return getTranslation("library.editor.saved-in-place", stored.getNumber());
        }
        return getTranslation("library.editor.saved-next", stored.getNumber(), before.get().getNumber());
    }

    private void show(List<Problems.Problem> found) {
        problems.removeAll();
        for (Problems.Problem p : found) {
            String where = p.field() == null || p.field().isEmpty() ? getTranslation("library.editor.whole") : p.field();
            problems.add(new ListItem(where + ": " + getTranslation(p.key(), p.args().toArray())));
        }
    }

    TextArea json() {
        return json;
    }

}
