package fi.kykyverkko.panels.rounds;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.panels.ui.PanelUi;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * A panel's interview rounds where the clients are: each round with its place, days, the number interviewed and the
 * interviewers, its findings, and a finding turned into an idea on the panel's board; a form plans a new round.
 */
@Route(value = "panels/:id([0-9]{1,18})/rounds", layout = MainLayout.class)
public class RoundsView extends PortalView implements BeforeEnterObserver {

    /** The new round form's bean. */
    public static final class Form {
        String theme;
        Organisation organisation;
        String placeName;
        LocalDate firstDay = PortalTime.today();
        LocalDate lastDay;
        Integer participants;
        String interviewers;

        RoundDraft draft() {
            return new RoundDraft(theme, organisation == null ? null : organisation.getId(), placeName, firstDay, lastDay, participants, interviewers);
        }
    }

    private final Panels panels;
    private final InterviewRounds rounds;
    private final List<Organisation> orgs;
    private final Div content = new Div();
    private CustomerPanel panel;

    @Inject
    public RoundsView(PortalSession session, Panels panels, InterviewRounds rounds, Organisations organisations) {
        super(session, "panels.rounds.title");
        this.panels = panels;
        this.rounds = rounds;
        this.orgs = organisations.list(tenant());
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PanelUi.panelOf(event, panels, tenant(), user()).ifPresent(found -> {
            panel = found;
            show();
        });
    }

    private String place(InterviewRound r) {
        String org = r.getPlaceOrganisationId() == null ? null : orgs.stream().filter(o -> o.getId().equals(r.getPlaceOrganisationId()))
                .map(o -> o.names().in(getLocale())).findFirst().orElse(null);
        return org == null ? r.getPlaceName() : r.getPlaceName() == null ? org : r.getPlaceName() + " (" + org + ")";
    }

    private String days(InterviewRound r) {
        String first = PortalTime.date(r.getFirstDay(), getLocale());
        return r.getLastDay().equals(r.getFirstDay()) ? first : first + "–" + PortalTime.date(r.getLastDay(), getLocale());
    }

    private void show() {
        content.removeAll();
        var back = Links.link(panel.getName(), fi.kykyverkko.panels.ui.PanelView.class, "id", String.valueOf(panel.getId()));
        back.setId("back-to-panel");
        content.add(new Div(back), new Paragraph(getTranslation("panels.rounds.intro")));
        List<InterviewRound> all = rounds.rounds(tenant(), user(), panel.getId());
        StackedTable<InterviewRound> table = new StackedTable<>("rounds");
        table.text(getTranslation("panels.field.days"), this::days)
                .breakingText(getTranslation("panels.field.theme"), InterviewRound::getTheme)
                .breakingText(getTranslation("panels.field.place"), this::place)
                .figure(getTranslation("panels.field.participants-count"), r -> String.valueOf(r.getParticipants()))
                .breakingText(getTranslation("panels.field.interviewers"), InterviewRound::getInterviewers)
                .whenEmpty(getTranslation("panels.rounds.none"));
        table.setItems(all);
        content.add(table);
        for (InterviewRound r : all) {
            content.add(findings(r));
        }
        content.add(newRound());
    }

    private Details findings(InterviewRound round) {
        Div body = new Div();
        StackedTable<RoundFinding> table = new StackedTable<>("findings-" + round.getId());
        table.breakingText(getTranslation("panels.field.finding"), RoundFinding::getText)
                .component(getTranslation("panels.actions"), f -> {
                    if (f.getIdeaId() != null) {
                        Paragraph made = new Paragraph(getTranslation("panels.round.finding-idea"));
                        made.setId("finding-idea-" + f.getId());
                        return made;
                    }
                    Button idea = new Button(getTranslation("panels.round.make-idea"), e -> {
                        PanelIdea made = FormSave.save(this, new EntityForm<>(), () -> rounds.makeIdea(tenant(), user(), f.getId(),
                                f.getText().length() > 300 ? f.getText().substring(0, 300) : f.getText(), f.getText()), "panels.idea.proposed");
                        if (made != null) {
                            show();
                        }
                    });
                    idea.setId("make-idea-" + f.getId());
                    idea.getElement().setAttribute("aria-label", getTranslation("panels.round.make-idea") + ": " + f.getText());
                    return idea;
                })
                .whenEmpty(getTranslation("panels.rounds.no-findings"));
        table.setItems(rounds.findings(tenant(), user(), round.getId()));
        TextArea text = new TextArea(getTranslation("panels.field.finding"));
        text.setId("finding-text-" + round.getId());
        text.setMaxLength(RoundFinding.MAX_TEXT);
        text.setWidthFull();
        EntityForm<Object> form = new EntityForm<>();
        form.add("text", text);
        Button add = new Button(getTranslation("panels.round.add-finding"), e -> {
            if (FormSave.save(this, form, () -> rounds.addFinding(tenant(), user(), round.getId(), text.getValue()), "panels.saved") != null) {
                show();
            }
        });
        add.setId("add-finding-" + round.getId());
        body.add(table, text, add);
        Details details = new Details(getTranslation("panels.rounds.findings", round.getTheme(), days(round)), body);
        details.setId("round-" + round.getId());
        details.setOpened(true);
        return details;
    }

    private Details newRound() {
        EntityForm<Form> form = new EntityForm<>();
        TextField theme = form.bind("theme", new TextField(getTranslation("panels.field.theme")), f -> f.theme, (f, v) -> f.theme = v);
        theme.setId("round-theme");
        ComboBox<Organisation> org = form.bind("placeOrganisationId", new ComboBox<>(getTranslation("panels.field.place-organisation"), orgs),
                f -> f.organisation, (f, v) -> f.organisation = v);
        org.setItemLabelGenerator(o -> o.names().in(getLocale()));
        TextField place = form.bind("placeName", new TextField(getTranslation("panels.field.place")), f -> f.placeName, (f, v) -> f.placeName = v);
        place.setId("round-place");
        place.setHelperText(getTranslation("panels.round.place-hint"));
        DatePicker first = form.bind("firstDay", Pickers.date(getTranslation("panels.field.first-day"), getLocale()), f -> f.firstDay, (f, v) -> f.firstDay = v);
        first.setId("round-first-day");
        DatePicker last = form.bind("lastDay", Pickers.date(getTranslation("panels.field.last-day"), getLocale()), f -> f.lastDay, (f, v) -> f.lastDay = v);
        last.setId("round-last-day");
        IntegerField count = form.bind("participants", new IntegerField(getTranslation("panels.field.participants-count")),
                f -> f.participants, (f, v) -> f.participants = v);
        count.setId("round-participants");
        count.setMin(1);
        count.setHelperText(getTranslation("panels.round.participants-hint"));
        TextField who = form.bind("interviewers", new TextField(getTranslation("panels.field.interviewers")), f -> f.interviewers, (f, v) -> f.interviewers = v);
        who.setId("round-interviewers");
        form.required("theme", "firstDay", "participants", "interviewers");
        Form bean = new Form();
        form.read(bean);
        Button plan = new Button(getTranslation("panels.rounds.plan"), e -> {
            InterviewRound made = FormSave.save(this, form, () -> rounds.plan(tenant(), user(), panel.getId(), form.write(bean).draft()), "panels.saved");
            if (made != null) {
                show();
            }
        });
        plan.setId("plan-round");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Details details = new Details(getTranslation("panels.rounds.new"), new Div(new FormLayout(theme, org, place, first, last, count, who), plan));
        details.setId("new-round");
        return details;
    }
}
