package fi.kykyverkko.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.survey.Access;
import fi.kykyverkko.surveys.survey.Audience;
import fi.kykyverkko.surveys.survey.ReminderPolicy;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.SurveyDraft;
import fi.kykyverkko.surveys.survey.Surveys;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/** The survey builder: an instrument of the library, title, audience, window, access, anonymity and reminders. */
@Route(value = "surveys/new", layout = MainLayout.class)
public class SurveyBuilderView extends PortalView {

    @Inject
    public SurveyBuilderView(PortalSession session, Surveys surveys, InstrumentLibrary library) {
        super(session, "survey.builder.title");
        Select<InstrumentVersion> instrument = new Select<>();
        instrument.setLabel(getTranslation("survey.field.instrument"));
        instrument.setId("instrument");
        instrument.setItems(library.list(tenant(), user()));
        instrument.setItemLabelGenerator(v -> v.getNameFi() + " (v" + v.getNumber() + ")");
        TextField title = new TextField(getTranslation("survey.field.title"));
        title.setId("title");
        Select<Audience> audience = new Select<>();
        audience.setLabel(getTranslation("survey.field.audience"));
        audience.setId("audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        audience.setValue(Audience.NETWORK_MEMBERS);
        Checkbox open = new Checkbox(getTranslation("survey.field.open-link"));
        open.setId("open-link");
        Checkbox anonymous = new Checkbox(getTranslation("survey.field.anonymous"));
        anonymous.setId("anonymous");
        DateTimePicker opens = fi.kykyverkko.shell.kit.Pickers.dateTime(getTranslation("survey.field.opens"), getLocale());
        opens.setId("opens");
        opens.setValue(PortalTime.local(java.time.Instant.now()).withSecond(0).withNano(0));
        DateTimePicker closes = fi.kykyverkko.shell.kit.Pickers.dateTime(getTranslation("survey.field.closes"), getLocale());
        closes.setId("closes");
        closes.setValue(LocalDateTime.of(PortalTime.today().plusDays(14), java.time.LocalTime.of(23, 59)));
        IntegerField after = new IntegerField(getTranslation("survey.field.remind-after"));
        after.setId("remind-after");
        after.setValue(ReminderPolicy.DEFAULT.afterDays());
        IntegerField max = new IntegerField(getTranslation("survey.field.max-reminders"));
        max.setId("max-reminders");
        max.setValue(ReminderPolicy.DEFAULT.maxReminders());
        Button save = new Button(getTranslation("survey.builder.save"), e -> {
            try {
                Survey made = surveys.create(tenant(), user(), new SurveyDraft(title.getValue(),
                        instrument.getValue() == null ? null : instrument.getValue().getCode(), audience.getValue(),
                        open.getValue() ? Access.OPEN_LINK : Access.PRIVATE_LINKS, anonymous.getValue(),
                        opens.getValue() == null ? null : PortalTime.instant(opens.getValue()),
                        closes.getValue() == null ? null : PortalTime.instant(closes.getValue()),
                        new ReminderPolicy(after.getValue() == null ? 0 : after.getValue(), max.getValue() == null ? -1 : max.getValue()), null));
                Links.navigate(SurveyView.class, "id", String.valueOf(made.getId()));
            } catch (InvalidInputException invalid) {
                Notification.show(String.join(" ", invalid.problems().list().stream().map(p -> getTranslation(p.key())).toList()), 6000,
                        Notification.Position.MIDDLE).setId("builder-problems");
            }
        });
        save.setId("save-survey");
        add(instrument, title, audience, open, anonymous, opens, closes, after, max, save);
    }
}
