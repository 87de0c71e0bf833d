package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.MyBooking;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;

/** The asker's own cases ("Omat konsultaatiot"): session, place in the queue, reason, and cancel until the deadline. */
@Route(value = "consultations/mine", layout = MainLayout.class)
public class MyBookingsView extends PortalView {

    private final Bookings bookings;
    private final StackedTable<MyBooking> table = new StackedTable<>("my-bookings");

    @Inject
    public MyBookingsView(PortalSession session, Bookings bookings) {
        super(session, "consultations.mine.title");
        this.bookings = bookings;
        table.component(getTranslation("consultations.session.when"), b -> Links.link(b.seriesTitle() + ", " + ConsultationTexts.when(this, b.session()),
                        SessionView.class, "id", String.valueOf(b.session().getId())))
                .figure(getTranslation("consultations.case.arrival"), b -> String.valueOf(b.booked().getArrival()))
                .text(getTranslation("consultations.case.reason"), b -> getTranslation(b.booked().getReason().labelKey()))
                .text(getTranslation("consultations.session.deadline"), b -> ConsultationTexts.deadline(this, b.session()))
                .component(getTranslation("consultations.mine.state"), this::stateOrCancel)
                .whenEmpty(getTranslation("consultations.mine.none"));
        add(table);
        refresh();
    }

    private Component stateOrCancel(MyBooking b) {
        if (b.booked().isCancelled()) {
            return new Span(getTranslation("consultations.mine.cancelled"));
        }
        if (!b.cancellable()) {
            return new Span(getTranslation(b.session().getState().labelKey()));
        }
        Button cancel = new Button(getTranslation("consultations.mine.cancel"), e -> {
            try {
                bookings.cancel(tenant(), user(), b.booked().getId());
                notify(getTranslation("consultations.mine.was-cancelled"), false);
            } catch (InvalidInputException late) {
                notify(getTranslation("consultations.cancel.late"), true);
            }
            refresh();
        });
        cancel.setId("cancel-" + b.booked().getId());
        return cancel;
    }

    private void refresh() {
        table.setItems(bookings.mine(tenant(), user()));
    }
}
