package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.panel.Cadence;
import fi.kykyverkko.shell.kit.FormSave;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What the panels views share: running an act and saying what was wrong, and how dates and cadences read. */
public final class PanelUi {

    private PanelUi() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.forLanguageTag("fi") : ui.getLocale();
    }

    /** Runs {@code act}; on refused input tells every problem (field and text), otherwise {@code doneKey}. */
    static <R> R act(Component where, Supplier<R> act, String doneKey) {
        try {
            R result = act.get();
            if (doneKey != null) {
                FormSave.notify(where.getTranslation(doneKey), false);
            }
            return result;
        } catch (InvalidInputException e) {
            FormSave.notify(problems(where, e.problems()), true);
            return null;
        }
    }

    static String problems(Component where, Problems problems) {
        return problems.list().stream().map(p -> where.getTranslation("panels.field." + p.field()) + ": " + where.getTranslation(p.key(), p.args().toArray()))
                .collect(Collectors.joining("; "));
    }

    /**
     * The panel a view's address names ({@code :id}), as the person may see it in their region; otherwise the view
     * becomes "not found" (another region's id, no role) and the result is empty.
     */
    public static java.util.Optional<fi.kykyverkko.panels.panel.CustomerPanel> panelOf(com.vaadin.flow.router.BeforeEnterEvent event,
            fi.kykyverkko.panels.panel.Panels panels, fi.kykyverkko.kernel.tenancy.TenantId tenant, fi.kykyverkko.kernel.identity.PortalUser user) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        var found = panels.find(tenant, user, id);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
        return found;
    }

    static String when(Instant at) {
        return PortalTime.dateTime(at, locale());
    }

    static String cadence(Component where, Cadence c) {
        String day = c.weekday().getDisplayName(TextStyle.FULL, locale());
        String rule = c.frequency() == Cadence.Frequency.MONTHLY
                ? where.getTranslation("panels.cadence.monthly", where.getTranslation("panels.ordinal." + c.ordinal()), day)
                : where.getTranslation("panels.cadence.weekly", c.interval(), day);
        return rule + " " + c.time() + (c.place() == null ? "" : ", " + c.place());
    }
}
