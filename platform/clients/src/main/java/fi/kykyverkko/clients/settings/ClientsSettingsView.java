package fi.kykyverkko.clients.settings;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region's settings of the clients module, in three sections (retention in {@link RetentionSettingsPanel}): services (names, caseload caps, retired or in
 * use), clienthood phases (names and order, "ended" always last) and retention (the period and the job's latest
 * runs). The manager edits services and phases; the data protection officer sets the period and may run the job for
 * the region now; each sees the other's section read-only.
 */
@Route(value = "clients/settings", layout = MainLayout.class)
public class ClientsSettingsView extends PortalView {

    static final String ROUTE = "clients/settings";

    private final ClientsSettings settings;
    private final boolean manager;
    private final boolean dataProtection;
    private final StackedTable<ClientService> services = new StackedTable<>("settings-services");
    private final StackedTable<Phase> phases = new StackedTable<>("settings-phases");
    private final Map<String, Button> moveButtons = new HashMap<>();

    @Inject
    public ClientsSettingsView(PortalSession session, ClientsSettings settings) {
        super(session, "clients.settings.title");
        this.settings = settings;
        this.manager = ClientRoles.isManager(user(), tenant());
        this.dataProtection = ClientRoles.isDataProtection(user(), tenant());
        add(new Paragraph(getTranslation("clients.settings.explained")));
        servicesSection();
        phasesSection();
        add(new RetentionSettingsPanel(settings, tenant(), user(), dataProtection));
        refreshServices();
        refreshPhases();
    }

    private void servicesSection() {
        add(new H3(getTranslation("clients.settings.services.title")), new Paragraph(getTranslation("clients.settings.services.explained")));
        if (manager) {
            add(button("settings-service-new", "clients.settings.services.new", () -> openService(
                    new ClientService(null, MultilingualText.EMPTY))));
        }
        services.component(getTranslation("clients.settings.services.name"), s -> manager
                        ? StackedTable.opener(s.getName().in(getLocale()), () -> openService(s)) : new Span(s.getName().in(getLocale())))
                .text(getTranslation("clients.settings.services.code"), ClientService::getCode)
                .figure(getTranslation("clients.settings.services.cap"), s -> s.getCaseloadCap().map(String::valueOf)
                        .orElse(getTranslation("clients.settings.services.no-cap")))
                .component(getTranslation("clients.settings.services.state"), this::stateBadge)
                .whenEmpty(getTranslation("clients.settings.services.none"));
        add(services);
    }

    private Span stateBadge(ClientService service) {
        Span badge = new Span(getTranslation(service.isActive() ? "clients.settings.services.active" : "clients.settings.services.retired"));
        badge.getElement().getThemeList().add(service.isActive() ? "badge success" : "badge contrast");
        return badge;
    }

    private void openService(ClientService service) {
        new ServiceSettingsDialog(settings, tenant(), user(), service, this::refreshServices).open();
    }

    private void refreshServices() {
        services.setItems(settings.services(tenant()));
    }

    private void phasesSection() {
        add(new H3(getTranslation("clients.settings.phases.title")), new Paragraph(getTranslation("clients.settings.phases.explained")));
        if (manager) {
            add(button("settings-phase-new", "clients.settings.phases.new", () -> openPhase(new Phase(null, MultilingualText.EMPTY))));
        }
        phases.component(getTranslation("clients.settings.phases.name"), p -> manager
                        ? StackedTable.opener(p.getName().in(getLocale()), () -> openPhase(p)) : new Span(p.getName().in(getLocale())))
                .figure(getTranslation("clients.settings.phases.position"), p -> String.valueOf(p.getPosition()))
                .text(getTranslation("clients.settings.phases.code"), Phase::getCode);
        if (manager) {
            phases.component(getTranslation("clients.settings.phases.move"), this::moves);
        }
        add(phases);
    }

    /** Up and down for a phase, or "always last" for "ended"; a button that has nowhere to go is disabled. */
    private Component moves(Phase phase) {
        if (phase.ends()) {
            return new Span(getTranslation("clients.settings.phases.always-last"));
        }
        List<Phase> list = phases.items();
        int index = list.indexOf(phase);
        String name = phase.getName().in(getLocale());
        Button up = moveButton(phase, -1, VaadinIcon.ARROW_UP, getTranslation("clients.settings.phases.up", name));
        up.setEnabled(index > 0);
        // the last place before "ended" is as far down as a phase goes
        Button down = moveButton(phase, 1, VaadinIcon.ARROW_DOWN, getTranslation("clients.settings.phases.down", name));
        down.setEnabled(index < list.size() - 2);
        return row(up, down);
    }

    private Button moveButton(Phase phase, int by, VaadinIcon icon, String label) {
        Button button = new Button(icon.create(), e -> move(phase, by));
        button.setId("phase-" + (by < 0 ? "up-" : "down-") + phase.getCode());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        // an icon-only button says what it does to screen readers and on hover
        button.setAriaLabel(label);
        button.setTooltipText(label);
        moveButtons.put(button.getId().orElseThrow(), button);
        return button;
    }

    private void move(Phase phase, int by) {
        if (FormSave.save(this, new EntityForm<Phase>(), () -> settings.movePhase(tenant(), user(), phase.getId(), by),
                "clients.settings.phases.moved") != null) {
            refreshPhases();
            // keyboard users stay on the phase they moved: the same direction if it can go on, else the other
            Optional.ofNullable(moveButtons.get("phase-" + (by < 0 ? "up-" : "down-") + phase.getCode())).filter(Button::isEnabled)
                    .or(() -> Optional.ofNullable(moveButtons.get("phase-" + (by < 0 ? "down-" : "up-") + phase.getCode())))
                    .ifPresent(Button::focus);
        }
    }

    private void openPhase(Phase phase) {
        new PhaseSettingsDialog(settings, tenant(), user(), phase, this::refreshPhases).open();
    }

    private void refreshPhases() {
        moveButtons.clear();
        phases.setItems(settings.phases(tenant()));
    }

    private Button button(String id, String labelKey, Runnable action) {
        return button(this, id, labelKey, action);
    }

    static Button button(Component where, String id, String labelKey, Runnable action) {
        Button button = new Button(where.getTranslation(labelKey), e -> action.run());
        button.setId(id);
        return button;
    }

    /** Buttons side by side that wrap on a phone instead of widening the page. */
    static Div row(Component... parts) {
        Div row = new Div(parts);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        return row;
    }
}
