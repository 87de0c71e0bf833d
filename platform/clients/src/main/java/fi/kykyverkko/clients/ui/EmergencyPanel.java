package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Optional;

/**
 * Emergency access: the person states why before any client shows, and the reason stays for this session in this
 * region only, marking every audit entry as an override. Ending it forgets the reason.
 */
final class EmergencyPanel extends Div {

    EmergencyPanel(TenantId tenant, Runnable changed) {
        setId("emergency-panel");
        getStyle().set("border", "2px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("max-width", "40rem");
        add(new H3(getTranslation("clients.emergency.title")));
        Paragraph state = new Paragraph();
        state.setId("emergency-state");
        TextArea reason = new TextArea(getTranslation("clients.emergency.reason"));
        reason.setId("emergency-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button start = new Button(getTranslation("clients.emergency.start"));
        start.setId("emergency-start");
        start.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button stop = new Button(getTranslation("clients.emergency.stop"));
        stop.setId("emergency-stop");
        Runnable show = () -> {
            Optional<String> given = reason(tenant);
            state.setText(given.map(r -> getTranslation("clients.emergency.on", r)).orElse(getTranslation("clients.emergency.off")));
            reason.setVisible(given.isEmpty());
            start.setVisible(given.isEmpty());
            stop.setVisible(given.isPresent());
        };
        start.addClickListener(e -> {
            String text = reason.getValue() == null ? "" : reason.getValue().strip();
            if (text.length() < 10) {
                reason.setErrorMessage(getTranslation("clients.emergency.reason-short"));
                reason.setInvalid(true);
                return;
            }
            reason.setInvalid(false);
            VaadinSession.getCurrent().setAttribute(key(tenant), text);
            show.run();
            changed.run();
        });
        stop.addClickListener(e -> {
            VaadinSession.getCurrent().setAttribute(key(tenant), null);
            reason.clear();
            show.run();
            changed.run();
        });
        add(state, reason, start, stop);
        show.run();
    }

    static Optional<String> reason(TenantId tenant) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(key(tenant)));
    }

    private static String key(TenantId tenant) {
        return "clients.emergency." + tenant.value();
    }
}
