package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.CaseText;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * One session: when, where, its own booking deadline and free places; the booking form while it is open (reason,
 * question, anonymous description); and for the series' organisers and panel, the queue in arrival order.
 */
@Route(value = "consultations/session/:id([0-9]{1,18})", layout = MainLayout.class)
public class SessionView extends PortalView implements BeforeEnterObserver {

    /** The booking form's bean. */
    public static final class Booking {
        Reason reason;
        String question;
        String description;
    }

    private final ConsultationHours hours;
    private final Bookings bookings;
    private final fi.kykyverkko.networks.catalogue.Catalogue catalogue;
    private final fi.kykyverkko.consultations.room.SessionRoom room;
    private final Div content = new Div();
    private ConsultationSession session;
    private ConsultationSeries series;

    @Inject
    public SessionView(PortalSession portalSession, ConsultationHours hours, Bookings bookings,
                       fi.kykyverkko.networks.catalogue.Catalogue catalogue, fi.kykyverkko.consultations.room.SessionRoom room) {
        super(portalSession, "consultations.session.title");
        this.hours = hours;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.room = room;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        var found = hours.session(tenant(), user(), id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        session = found.get();
        series = hours.find(tenant(), user(), session.getSeriesId()).orElseThrow();
        show();
    }

    private void show() {
        content.removeAll();
        content.add(new H3(series.getTitle()));
        line("session-when", getTranslation("consultations.session.when") + ": " + ConsultationTexts.when(this, session));
        line("session-place", getTranslation("consultations.field.place") + ": " + ConsultationTexts.place(series));
        line("session-deadline", getTranslation("consultations.session.book-by", ConsultationTexts.deadline(this, session)));
        line("session-state", getTranslation("consultations.session.state") + ": " + getTranslation(session.getState().labelKey())
                + ", " + getTranslation("consultations.session.free-of", session.freePlaces(), session.getCapacity()));
        if (series.getGroundRules() != null) {
            line("session-rules", getTranslation("consultations.field.ground-rules") + ": " + series.getGroundRules());
        }
        if (room.seat(tenant(), user(), session.getId()).isPresent()) {
            Button join = new Button(getTranslation("consultations.room.join"),
                    e -> Links.navigate(fi.kykyverkko.consultations.room.RoomView.class, "id", String.valueOf(session.getId())));
            join.setId("join-room");
            content.add(join);
        }
        if (session.bookableAt(Instant.now()) && user().hasAnyRole(tenant(), ConsultationRoles.BOOKERS) && session.freePlaces() > 0) {
            bookingForm();
        }
        if (bookings.mayReadQueue(tenant(), user(), series.getId())) {
            queue();
        }
    }

    private void bookingForm() {
        content.add(new H4(getTranslation("consultations.booking.title")));
        Paragraph anonymous = new Paragraph(getTranslation("consultations.booking.anonymous"));
        anonymous.setId("booking-anonymous");
        content.add(anonymous);
        EntityForm<Booking> form = new EntityForm<>();
        Booking booking = new Booking();
        ComboBox<Reason> reason = new ComboBox<>(getTranslation("consultations.case.reason"), Reason.values());
        reason.setId("case-reason");
        reason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        reason.setWidthFull();
        TextArea question = PortalView.Fields.area(this, "consultations.case.question", "case-question");
        question.setWidthFull();
        question.setMaxLength(ConsultationCase.QUESTION_MAX);
        TextArea description = PortalView.Fields.area(this, "consultations.case.description", "case-description");
        description.setWidthFull();
        description.setHelperText(getTranslation("consultations.case.description-hint"));
        form.bind("reason", reason, b -> b.reason, (b, v) -> b.reason = v);
        form.bind("question", question, b -> b.question, (b, v) -> b.question = v);
        form.bind("description", description, b -> b.description, (b, v) -> b.description = v);
        form.required("reason", "question");
        form.read(booking);
        FoundMarks questionMarks = new FoundMarks("question-found");
        FoundMarks descriptionMarks = new FoundMarks("description-found");
        Button book = new Button(getTranslation("consultations.booking.book"), e -> {
            questionMarks.show("question", null, new fi.kykyverkko.kernel.domain.Problems());
            descriptionMarks.show("description", null, new fi.kykyverkko.kernel.domain.Problems());
            ConsultationCase made = FormSave.save(this, form, () -> {
                form.write(booking);
                try {
                    return bookings.book(tenant(), user(), session.getId(), new CaseText(booking.question, booking.reason, booking.description));
                } catch (fi.kykyverkko.kernel.domain.InvalidInputException refused) {
                    // what the identity guard found is marked in the asker's own text (not stored) besides the fields' messages
                    questionMarks.show("question", question.getValue(), refused.problems());
                    descriptionMarks.show("description", description.getValue(), refused.problems());
                    throw refused;
                }
            }, "consultations.booking.booked");
            if (made != null) {
                session = hours.session(tenant(), user(), session.getId()).orElseThrow();
                show();
                line("booked-arrival", getTranslation("consultations.booking.your-arrival", made.getArrival()));
            }
        });
        book.setId("book-case");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(reason, question, questionMarks, description, descriptionMarks, book);
    }

    private void queue() {
        content.add(new H4(getTranslation("consultations.queue.title")));
        StackedTable<ConsultationCase> table = new StackedTable<>("queue");
        table.figure(getTranslation("consultations.case.arrival"), c -> String.valueOf(c.getArrival()))
                .text(getTranslation("consultations.case.reason"), c -> getTranslation(c.getReason().labelKey()))
                .breakingText(getTranslation("consultations.case.question"), ConsultationCase::getQuestion)
                .breakingText(getTranslation("consultations.case.description"), c -> c.getDescription() == null ? "" : c.getDescription())
                .text(getTranslation("consultations.case.asker"), c -> c.getAskerProfession()
                        + (c.getAskerOrganisation() == null ? "" : ", " + c.getAskerOrganisation()))
                .component(getTranslation("consultations.case.outcome"), this::outcome)
                .whenEmpty(getTranslation("consultations.queue.empty"));
        table.setItems(bookings.queue(tenant(), user(), session.getId()));
        content.add(table);
    }

    /** The outcome as recorded, and for the panel and organisers the button that records it. */
    private com.vaadin.flow.component.Component outcome(ConsultationCase c) {
        String shown = c.getOutcome().map(o -> getTranslation(o.labelKey())).orElse(getTranslation("consultations.outcome.none"));
        Button record = new Button(shown, e -> new OutcomeDialog(tenant(), user(), bookings, c,
                catalogue.search(tenant(), fi.kykyverkko.networks.catalogue.CatalogueQuery.ALL), this::show).open());
        record.setId("record-outcome-" + c.getArrival());
        record.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return record;
    }

    private void line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        content.add(p);
    }

}
