package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView;
import java.util.List;

/**
 * Records what came of one case: the outcome, the catalogue service when referred to one, the follow-up and the minutes.
 * Used by the session's queue and by the live room (which records through its own service, so the room hears of it).
 */
public final class OutcomeDialog extends Dialog {

    /** What records the outcome: {@link Bookings#conclude} or the room's. */
    @FunctionalInterface
    public interface Conclusion {
        ConsultationCase record(Outcome outcome, Long serviceId, String followUp, Integer minutes);
    }

    /** The dialog's bean. */
    static final class Fields {
        Outcome outcome;
        CatalogueService service;
        String followUp;
        Integer minutes;
    }

    OutcomeDialog(TenantId tenant, PortalUser user, Bookings bookings, ConsultationCase c, List<CatalogueService> services, Runnable saved) {
        this(c, services, (outcome, serviceId, followUp, minutes) -> bookings.conclude(tenant, user, c.getId(), outcome, serviceId, followUp, minutes),
                saved);
    }

    public OutcomeDialog(ConsultationCase c, List<CatalogueService> services, Conclusion conclusion, Runnable saved) {
        setHeaderTitle(getTranslation("consultations.outcome.title", c.getArrival()));
        EntityForm<Fields> form = new EntityForm<>();
        Fields fields = new Fields();
        fields.outcome = c.getOutcome().orElse(null);
        fields.service = c.getOutcomeServiceId().flatMap(id -> services.stream().filter(s -> s.getId().equals(id)).findFirst()).orElse(null);
        fields.followUp = c.getFollowUp();
        fields.minutes = c.getHandlingMinutes().orElse(null);
        ComboBox<Outcome> outcome = new ComboBox<>(getTranslation("consultations.case.outcome"), Outcome.values());
        outcome.setId("outcome-choice");
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        outcome.setWidthFull();
        ComboBox<CatalogueService> service = new ComboBox<>(getTranslation("consultations.outcome.service"), services);
        service.setId("outcome-service");
        service.setItemLabelGenerator(CatalogueService::getNameFi);
        service.setWidthFull();
        service.setVisible(fields.outcome == Outcome.REFER_TO_SERVICE);
        outcome.addValueChangeListener(e -> service.setVisible(e.getValue() == Outcome.REFER_TO_SERVICE));
        TextArea followUp = PortalView.Fields.area(this, "consultations.outcome.follow-up", "outcome-follow-up");
        followUp.setWidthFull();
        IntegerField minutes = new IntegerField(getTranslation("consultations.outcome.minutes"));
        minutes.setId("outcome-minutes");
        form.bind("outcome", outcome, f -> f.outcome, (f, v) -> f.outcome = v);
        form.bind("outcomeService", service, f -> f.service, (f, v) -> f.service = v);
        form.bind("followUp", followUp, f -> f.followUp, (f, v) -> f.followUp = v);
        form.bind("handlingMinutes", minutes, f -> f.minutes, (f, v) -> f.minutes = v);
        form.read(fields);
        add(outcome, service, followUp, minutes);
        FormSave.saveButton(this, "save-outcome", form, () -> {
            form.write(fields);
            return conclusion.record(fields.outcome,
                    fields.outcome == Outcome.REFER_TO_SERVICE && fields.service != null ? fields.service.getId() : null,
                    fields.followUp, fields.minutes);
        }, "consultations.outcome.saved", saved);
        FormSave.closeButton(this, "close-outcome");
    }
}
