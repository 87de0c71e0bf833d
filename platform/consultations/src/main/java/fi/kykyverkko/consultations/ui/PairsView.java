package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.pairs.PairConsultation;
import fi.kykyverkko.consultations.pairs.PairConsultations;
import fi.kykyverkko.consultations.pairs.PairState;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Pair consultations ("Parikonsultaatiot"): request one from a consultant with an anonymous topic; the consultant (or an
 * organiser) accepts or declines, and logs it once held with its outcome.
 */
@Route(value = "consultations/pairs", layout = MainLayout.class)
public class PairsView extends PortalView {

    /** The request form's bean. */
    static final class Request {
        Person consultant;
        String topic;
        LocalDate wantedOn = LocalDate.now().plusDays(7);
    }

    private final PairConsultations pairs;
    private final List<Person> people;
    private final Optional<Long> me;
    private final StackedTable<PairConsultation> table = new StackedTable<>("pairs");

    @Inject
    public PairsView(PortalSession session, PairConsultations pairs, People people) {
        super(session, "consultations.pairs.title");
        this.pairs = pairs;
        this.people = people.list(tenant());
        this.me = people.forUser(tenant(), user().username()).map(Person::getId);
        if (user().hasAnyRole(tenant(), ConsultationRoles.BOOKERS)) {
            requestForm();
        }
        add(new H4(getTranslation("consultations.pairs.list")));
        table.breakingText(getTranslation("consultations.pairs.topic"), PairConsultation::getTopic)
                .text(getTranslation("consultations.pairs.consultant"), p -> this.people.stream().filter(x -> x.getId() == p.getConsultantPersonId())
                        .findFirst().map(Person::getName).orElse(""))
                .text(getTranslation("consultations.case.asker"), p -> p.getRequesterProfession()
                        + (p.getRequesterOrganisation() == null ? "" : ", " + p.getRequesterOrganisation()))
                .text(getTranslation("consultations.pairs.when"), p -> p.getHeldOn().or(p::getWantedOn).map(d -> PortalTime.date(d, getLocale())).orElse(""))
                .component(getTranslation("consultations.mine.state"), this::state)
                .whenEmpty(getTranslation("consultations.pairs.none"));
        add(table);
        refresh();
    }

    private void requestForm() {
        add(new H4(getTranslation("consultations.pairs.request")));
        EntityForm<Request> form = new EntityForm<>();
        Request request = new Request();
        ComboBox<Person> consultant = new ComboBox<>(getTranslation("consultations.pairs.consultant"), people);
        consultant.setId("pair-consultant");
        consultant.setItemLabelGenerator(Person::label);
        consultant.setWidthFull();
        TextArea topic = PortalView.Fields.area(this, "consultations.pairs.topic", "pair-topic");
        topic.setHelperText(getTranslation("consultations.case.description-hint"));
        topic.setWidthFull();
        DatePicker wanted = Pickers.date(getTranslation("consultations.pairs.wanted-on"), getLocale());
        wanted.setId("pair-wanted-on");
        form.bind("consultant", consultant, r -> r.consultant, (r, v) -> r.consultant = v);
        form.bind("topic", topic, r -> r.topic, (r, v) -> r.topic = v);
        form.bind("wantedOn", wanted, r -> r.wantedOn, (r, v) -> r.wantedOn = v);
        form.required("consultant", "topic");
        form.read(request);
        Button send = new Button(getTranslation("consultations.pairs.send"), e -> {
            if (FormSave.save(this, form, () -> {
                form.write(request);
                return pairs.request(tenant(), user(), request.consultant == null ? -1 : request.consultant.getId(), request.topic, request.wantedOn);
            }, "consultations.pairs.sent") != null) {
                refresh();
            }
        });
        send.setId("pair-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(consultant, topic, wanted, send);
    }

    /** The state, and the consultant's (or an organiser's) next step. */
    private Component state(PairConsultation p) {
        boolean mine = me.map(id -> id == p.getConsultantPersonId()).orElse(false) || ConsultationRoles.canOrganise(user(), tenant());
        Span state = new Span(getTranslation(p.getState().labelKey())
                + p.getOutcome().map(o -> ": " + getTranslation(o.labelKey())).orElse(""));
        if (!mine || (p.getState() != PairState.REQUESTED && p.getState() != PairState.ACCEPTED)) {
            return state;
        }
        Div actions = new Div(state);
        if (p.getState() == PairState.REQUESTED) {
            actions.add(step("consultations.pairs.accept", "pair-accept-" + p.getId(), () -> pairs.accept(tenant(), user(), p.getId())),
                    step("consultations.pairs.decline", "pair-decline-" + p.getId(), () -> pairs.decline(tenant(), user(), p.getId())));
        } else {
            ComboBox<Outcome> outcome = new ComboBox<>(getTranslation("consultations.case.outcome"), Outcome.values());
            outcome.setId("pair-outcome-" + p.getId());
            outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
            actions.add(outcome, step("consultations.pairs.log", "pair-log-" + p.getId(),
                    () -> pairs.log(tenant(), user(), p.getId(), PortalTime.today(), outcome.getValue(), null, null, null)));
        }
        return actions;
    }

    private Button step(String key, String id, Runnable act) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                act.run();
                refresh();
            } catch (InvalidInputException refused) {
                notify(String.join(" ", refused.problems().list().stream().map(x -> getTranslation(x.key(), x.args().toArray())).toList()), true);
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refresh() {
        table.setItems(pairs.list(tenant(), user()));
    }
}
