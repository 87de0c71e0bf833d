package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.panel.Panels;
import java.time.Duration;

/** Moving and cancelling a planned meeting of the panel view, each in a dialog; {@code saved} runs after the change. */
final class MeetingDialogs {

    private MeetingDialogs() {
    }

    /** A new start (the length kept) and place. */
    static void move(Component where, Panels panels, TenantId tenant, PortalUser user, PanelMeeting m, Runnable saved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(where.getTranslation("panels.meeting.move"));
        DateTimePicker start = fi.kykyverkko.shell.kit.Pickers.dateTime(where.getTranslation("panels.field.startsAt"), PanelUi.locale());
        start.setValue(PortalTime.local(m.getStartsAt()));
        TextField place = new TextField(where.getTranslation("panels.field.place"));
        place.setValue(m.getPlace() == null ? "" : m.getPlace());
        dialog.add(new FormLayout(start, place));
        Duration length = Duration.between(m.getStartsAt(), m.getEndsAt());
        Button save = new Button(where.getTranslation("panels.save"), e -> {
            if (start.getValue() != null && PanelUi.act(where, () -> panels.move(tenant, user, m.getId(), PortalTime.instant(start.getValue()),
                    PortalTime.instant(start.getValue()).plus(length), place.getValue()), "panels.saved") != null) {
                dialog.close();
                saved.run();
            }
        });
        open(where, dialog, save);
    }

    /** Cancelled with its reason (required by the meeting itself); it stays listed. */
    static void cancel(Component where, Panels panels, TenantId tenant, PortalUser user, PanelMeeting m, Runnable saved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(where.getTranslation("panels.meeting.cancel"));
        TextArea reason = new TextArea(where.getTranslation("panels.field.cancelReason"));
        reason.setId("cancel-reason");
        dialog.add(reason);
        Button save = new Button(where.getTranslation("panels.meeting.cancel"), e -> {
            if (PanelUi.act(where, () -> panels.cancel(tenant, user, m.getId(), reason.getValue()), "panels.saved") != null) {
                dialog.close();
                saved.run();
            }
        });
        save.setId("cancel-confirm");
        open(where, dialog, save);
    }

    private static void open(Component where, Dialog dialog, Button save) {
        dialog.getFooter().add(new Button(where.getTranslation("panels.close"), e -> dialog.close()), save);
        dialog.open();
    }
}
