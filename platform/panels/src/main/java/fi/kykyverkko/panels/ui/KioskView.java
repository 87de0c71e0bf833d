package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.mood.MoodFeedback;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The mood feedback's kiosk: one phone or tablet, signed in by the facilitator, passed round the room. Three smiley
 * questions (the surveys module's panel-mood instrument), big buttons, "Send"; then "thank you, pass it on" and a
 * clean form for the next person. Nothing of the member is asked or kept: no link, no name, no time.
 */
@Route(value = "panels/kiosk/:id([0-9]{1,18})", layout = MainLayout.class)
public class KioskView extends PortalView implements BeforeEnterObserver {

    private static final String[] FACES = {"☹️", "😐", "🙂"};

    private final Panels panels;
    private final MoodFeedback mood;
    private final Div content = new Div();
    private final Map<String, Integer> chosen = new HashMap<>();
    private PanelMeeting meeting;

    @Inject
    public KioskView(PortalSession session, Panels panels, MoodFeedback mood) {
        super(session, "panels.kiosk.title");
        this.panels = panels;
        this.mood = mood;
        content.setWidthFull();
        content.getStyle().set("max-width", "30rem");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        var found = panels.meeting(tenant(), user(), id).filter(m -> m.getStatus() != MeetingStatus.CANCELLED);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meeting = found.get();
        form(null);
    }

    private void form(String message) {
        content.removeAll();
        chosen.clear();
        if (message != null) {
            Paragraph thanks = new Paragraph(message);
            thanks.setId("kiosk-thanks");
            thanks.getElement().setAttribute("role", "status");
            content.add(thanks);
        }
        content.add(new Paragraph(getTranslation("panels.kiosk.intro")));
        String language = PanelUi.locale().getLanguage();
        for (var item : MoodFeedback.questions()) {
            H2 question = new H2(item.text().in(language));
            question.setId("q-" + item.id());
            question.getStyle().set("font-size", "1.25rem");
            Div buttons = new Div();
            buttons.getElement().setAttribute("role", "group");
            buttons.getElement().setAttribute("aria-labelledby", "q-" + item.id());
            buttons.getStyle().set("display", "flex").set("gap", ".5rem").set("flex-wrap", "wrap");
            for (int value = 1; value <= 3; value++) {
                int v = value;
                Button b = new Button(FACES[value - 1] + " " + getTranslation("panels.kiosk.value." + value));
                b.setId("mood-" + item.id() + "-" + value);
                b.getElement().setAttribute("aria-pressed", "false");
                b.getStyle().set("min-height", "56px").set("font-size", "1.1rem");
                b.addClickListener(e -> {
                    chosen.put(item.id(), v);
                    buttons.getChildren().forEach(c -> {
                        boolean on = c == b;
                        c.getElement().setAttribute("aria-pressed", String.valueOf(on));
                        if (on) {
                            ((Button) c).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        } else {
                            ((Button) c).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                        }
                    });
                });
                buttons.add(b);
            }
            content.add(question, buttons);
        }
        Button send = new Button(getTranslation("panels.kiosk.send"), e -> {
            if (PanelUi.act(this, () -> {
                mood.record(tenant(), user(), meeting.getId(), Map.copyOf(chosen));
                return Boolean.TRUE;
            }, null) != null) {
                form(getTranslation("panels.kiosk.thanks"));
            }
        });
        send.setId("mood-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.getStyle().set("margin-top", "1rem").set("min-height", "56px");
        content.add(send);
    }
}
