package fi.kykyverkko.consultations.room;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.room.RoomQueue.RoomSeat;
import fi.kykyverkko.consultations.ui.ConsultationTexts;
import fi.kykyverkko.consultations.ui.OutcomeDialog;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueQuery;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The live room of a session, for its panel, organisers and the askers with a case in it: who is present, the case
 * being handled with the shared notes, the queue in arrival order; the panel takes up the next case, records its
 * outcome and follow-up and marks it handled. Every change reaches every UI in the room by server push: the room hub
 * hands each UI the room as read after the change, and the UI shows it inside {@code UI.access}. An asker sees the
 * question of their own case and of the case being handled, not the others' (the queue is the panel's).
 */
@Route(value = "consultations/session/:id([0-9]{1,18})/room", layout = MainLayout.class)
public class RoomView extends PortalView implements BeforeEnterObserver {

    private final SessionRoom room;
    private final RoomHub hub;
    private final RoomPresence presence;
    private final Catalogue catalogue;
    private final Div content = new Div();
    private final String uiKey = UUID.randomUUID().toString();
    /** The notes of the case being handled: redrawn alone when only they change. */
    private final RoomNotes notes;
    /** Where the panel's acts (next case, handled) show what was refused; they have no fields of their own. */
    private final EntityForm<Object> acts = new EntityForm<>();
    private long sessionId;
    /** The room's region, kept: when the HTTP session ends the view detaches without a request of its own. */
    private fi.kykyverkko.kernel.tenancy.TenantId region;
    private RoomSeat seat;
    private RoomSnapshot shown;
    private Runnable stopWatching;

    @Inject
    public RoomView(PortalSession portalSession, SessionRoom room, RoomHub hub, RoomPresence presence, Catalogue catalogue) {
        super(portalSession, "consultations.room.title");
        this.room = room;
        this.hub = hub;
        this.presence = presence;
        this.catalogue = catalogue;
        notes = new RoomNotes((caseId, text, version) -> room.saveNotes(tenant(), user(), sessionId, caseId, text, version),
                () -> show(shown));
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        var found = room.seat(tenant(), user(), sessionId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        seat = found.get();
        region = tenant();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (seat == null) {
            return;
        }
        UI ui = attach.getUI();
        stopWatching = hub.watch(region, sessionId, snapshot -> {
            try {
                ui.access(() -> show(snapshot));
            } catch (UIDetachedException gone) {
                // the UI left the room while the change travelled
            }
        });
        presence.join(region, sessionId, uiKey, user().displayName());
        show(room.snapshot(region, sessionId));
        room.presenceChanged(region, sessionId);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopWatching != null) {
            stopWatching.run();
            stopWatching = null;
            presence.leave(region, sessionId, uiKey);
            try {
                room.presenceChanged(region, sessionId);
            } catch (RuntimeException notTold) {
                // the others' pages show the leaving person until the room's next change
                java.util.logging.Logger.getLogger(RoomView.class.getName()).log(java.util.logging.Level.FINE, "Leaving not told", notTold);
            }
        }
        super.onDetach(detach);
    }

    private boolean panel() {
        return seat == RoomSeat.PANEL;
    }

    /**
     * Shows the room as {@code snapshot} has it; typed notes not yet saved stay in the field. When only the notes
     * changed (the most frequent change while a case is discussed), only they are redrawn: a small push to each UI
     * instead of the whole room.
     */
    private void show(RoomSnapshot snapshot) {
        RoomSnapshot before = shown;
        shown = snapshot;
        if (before != null && snapshot.current().isPresent() && notes.getParent().isPresent()
                && layout(before).equals(layout(snapshot))) {
            notes.show(snapshot.current().get());
            return;
        }
        content.removeAll();
        H3 title = new H3(snapshot.seriesTitle() + ", " + ConsultationTexts.when(this, snapshot.session()));
        title.setId("room-title");
        content.add(title);
        line("room-live", getTranslation("consultations.room.live"));
        line("room-present", getTranslation("consultations.room.present", String.join(", ", snapshot.present())));
        content.add(new H4(getTranslation("consultations.room.current")));
        snapshot.current().ifPresentOrElse(this::current, () -> line("room-no-current", getTranslation("consultations.room.no-current")));
        if (panel() && snapshot.current().isEmpty() && snapshot.next().isPresent()) {
            Button next = new Button(getTranslation("consultations.room.next", snapshot.next().get().getArrival()),
                    e -> act(() -> room.startNext(tenant(), user(), sessionId)));
            next.setId("room-next");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(next);
        }
        queue(snapshot);
    }

    private void current(ConsultationCase c) {
        line("room-current-case", getTranslation("consultations.room.case", c.getArrival(), getTranslation(c.getReason().labelKey()),
                c.getQuestion()));
        c.getStartedAt().ifPresent(at -> line("room-started", getTranslation("consultations.room.started", PortalTime.time(at, getLocale()))));
        if (panel()) {
            if (c.getDescription() != null) {
                line("room-current-description", getTranslation("consultations.case.description") + ": " + c.getDescription());
            }
            line("room-current-asker", getTranslation("consultations.case.asker") + ": " + c.getAskerProfession()
                    + (c.getAskerOrganisation() == null ? "" : ", " + c.getAskerOrganisation()));
        }
        content.add(notes);
        notes.show(c);
        line("room-outcome-shown", getTranslation("consultations.case.outcome") + ": "
                + c.getOutcome().map(o -> getTranslation(o.labelKey())).orElse(getTranslation("consultations.room.no-outcome"))
                + (c.getFollowUp() == null ? "" : ". " + getTranslation("consultations.outcome.follow-up") + ": " + c.getFollowUp()));
        if (panel()) {
            Button outcome = new Button(getTranslation("consultations.room.record-outcome"), e -> new OutcomeDialog(c,
                    catalogue.search(tenant(), CatalogueQuery.ALL),
                    (o, serviceId, followUp, minutes) -> room.conclude(tenant(), user(), sessionId, c.getId(), o, serviceId, followUp, minutes),
                    () -> { }).open());
            outcome.setId("room-outcome");
            Button handled = new Button(getTranslation("consultations.room.handled"), e -> act(() -> room.markHandled(tenant(), user(), sessionId, c.getId())));
            handled.setId("room-handled");
            content.add(outcome, handled);
        }
    }

    private void queue(RoomSnapshot snapshot) {
        content.add(new H4(getTranslation("consultations.room.queue")));
        StackedTable<ConsultationCase> table = new StackedTable<>("room-queue");
        table.figure(getTranslation("consultations.case.arrival"), c -> String.valueOf(c.getArrival()))
                .text(getTranslation("consultations.case.reason"), c -> getTranslation(c.getReason().labelKey()))
                .breakingText(getTranslation("consultations.case.question"), c -> readable(c) ? c.getQuestion()
                        : getTranslation("consultations.room.others-case"))
                .text(getTranslation("consultations.room.state"), c -> getTranslation(c.isCurrent() ? "consultations.room.state.current"
                        : c.getHandledAt().isPresent() ? "consultations.room.state.handled" : "consultations.room.state.waiting"))
                .text(getTranslation("consultations.case.outcome"), c -> c.getOutcome().map(o -> getTranslation(o.labelKey())).orElse("–"))
                .whenEmpty(getTranslation("consultations.queue.empty"));
        table.setItems(snapshot.cases());
        content.add(table);
    }

    /** The panel reads every case; an asker their own and the one being handled (which the room discusses). */
    private boolean readable(ConsultationCase c) {
        return panel() || c.isCurrent() || user().username().equals(c.getAskerUsername());
    }

    private void act(Runnable action) {
        FormSave.save(this, acts, () -> {
            action.run();
            return Boolean.TRUE;
        }, "consultations.room.done");
    }

    private void line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        content.add(p);
    }

    /**
     * Everything of a room that the page shows apart from the notes of the case being handled: who is present and each
     * case as the queue and the current case show it. Two snapshots with the same layout differ only in the notes.
     */
    private static List<Object> layout(RoomSnapshot snapshot) {
        List<Object> parts = new ArrayList<>();
        parts.add(snapshot.seriesTitle());
        parts.add(snapshot.session().getId());
        parts.add(snapshot.present());
        for (ConsultationCase c : snapshot.cases()) {
            parts.add(Arrays.asList(c.getId(), c.getArrival(), c.getReason(), c.getQuestion(), c.getDescription(),
                    c.getAskerProfession(), c.getAskerOrganisation(), c.isCurrent(), c.getStartedAt(), c.getHandledAt(),
                    c.getOutcome(), c.getFollowUp()));
        }
        return parts;
    }
}
