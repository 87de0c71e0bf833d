package fi.kykyverkko.panels.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A panel's resident community tasks: each with its week, its state and answers; a new open link shown once; ideas
 * made of chosen answers; a form makes a new task (a week from its first day unless said otherwise).
 */
@Route(value = "panels/:id([0-9]{1,18})/tasks", layout = MainLayout.class)
public class TasksView extends PortalView implements BeforeEnterObserver {

    /** The new task form's bean. */
    public static final class Form {
        String title;
        String questions;
        LocalDate opensOn = PortalTime.today();
        Integer days = ResidentTask.DEFAULT_DAYS;
    }

    /** The make-an-idea form's bean. */
    public static final class IdeaForm {
        String title;
        String description;
    }

    private final Panels panels;
    private final ResidentTasks tasks;
    private final Div content = new Div();
    private CustomerPanel panel;

    @Inject
    public TasksView(PortalSession session, Panels panels, ResidentTasks tasks) {
        super(session, "panels.tasks.title");
        this.panels = panels;
        this.tasks = tasks;
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

    private String week(ResidentTask t) {
        return PortalTime.date(t.getOpensOn(), getLocale()) + "–" + PortalTime.date(t.lastDay(), getLocale());
    }

    private void show() {
        content.removeAll();
        var back = Links.link(panel.getName(), fi.kykyverkko.panels.ui.PanelView.class, "id", String.valueOf(panel.getId()));
        back.setId("back-to-panel");
        content.add(new Div(back), new Paragraph(getTranslation("panels.tasks.intro")));
        List<ResidentTask> all = tasks.tasks(tenant(), user(), panel.getId());
        StackedTable<ResidentTask> table = new StackedTable<>("tasks");
        table.breakingText(getTranslation("panels.field.title"), ResidentTask::getTitle)
                .text(getTranslation("panels.field.week"), this::week)
                .text(getTranslation("panels.field.status"), t -> getTranslation("panels.task.state." + t.stateOn(PortalTime.today()).name()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                .whenEmpty(getTranslation("panels.tasks.none"));
        table.setItems(all);
        content.add(table);
        all.forEach(t -> content.add(task(t)));
        content.add(newTask());
    }

    private Details task(ResidentTask task) {
        Div body = new Div();
        List<String> questions = task.questionList();
        Paragraph shown = new Paragraph();
        shown.setId("task-link-" + task.getId());
        Button link = new Button(getTranslation("panels.task.open-link"), e -> {
            ResidentTasks.TaskLink made = tasks.openLink(tenant(), user(), task.getId());
            shown.setText(getTranslation("panels.task.open-link-shown", made.address(), made.shortCode() == null ? "" : made.shortCode()));
        });
        link.setId("issue-task-link-" + task.getId());
        Set<Long> chosen = new LinkedHashSet<>();
        StackedTable<TaskAnswer> answers = new StackedTable<>("answers-" + task.getId());
        answers.component(getTranslation("panels.task.choose"), a -> {
                    if (a.getIdeaId() != null) {
                        return new Paragraph(getTranslation("panels.task.in-idea"));
                    }
                    Checkbox box = new Checkbox(getTranslation("panels.task.choose"));
                    box.setId("choose-answer-" + a.getId());
                    box.addValueChangeListener(e -> {
                        if (e.getValue()) {
                            chosen.add(a.getId());
                        } else {
                            chosen.remove(a.getId());
                        }
                    });
                    return box;
                })
                .breakingText(getTranslation("panels.field.question"), a -> a.getQuestionNo() <= questions.size() ? questions.get(a.getQuestionNo() - 1) : "")
                .breakingText(getTranslation("panels.field.answer"), TaskAnswer::getText)
                .text(getTranslation("panels.field.nickname"), a -> a.getNickname() == null ? getTranslation("panels.task.anonymous") : a.getNickname())
                .text(getTranslation("panels.field.answered-on"), a -> PortalTime.date(a.getAnsweredOn(), getLocale()))
                .whenEmpty(getTranslation("panels.tasks.no-answers"));
        answers.setItems(tasks.answers(tenant(), user(), task.getId()));
        EntityForm<IdeaForm> form = new EntityForm<>();
        TextField title = form.bind("title", new TextField(getTranslation("panels.field.title")), f -> f.title, (f, v) -> f.title = v);
        title.setId("task-idea-title-" + task.getId());
        TextArea description = form.bind("description", new TextArea(getTranslation("panels.field.description")), f -> f.description,
                (f, v) -> f.description = v);
        form.required("title");
        IdeaForm bean = new IdeaForm();
        form.read(bean);
        Button make = new Button(getTranslation("panels.task.make-idea"), e -> {
            PanelIdea made = FormSave.save(this, form, () -> {
                form.write(bean);
                return tasks.makeIdea(tenant(), user(), task.getId(), List.copyOf(chosen), bean.title, bean.description);
            }, "panels.idea.proposed");
            if (made != null) {
                show();
            }
        });
        make.setId("task-make-idea-" + task.getId());
        body.add(new Paragraph(String.join(" / ", questions)), link, shown, answers, new FormLayout(title, description), make);
        Details details = new Details(task.getTitle() + " (" + week(task) + ")", body);
        details.setId("task-" + task.getId());
        details.setOpened(true);
        return details;
    }

    private Details newTask() {
        EntityForm<Form> form = new EntityForm<>();
        TextField title = form.bind("title", new TextField(getTranslation("panels.field.title")), f -> f.title, (f, v) -> f.title = v);
        title.setId("task-title");
        TextArea questions = form.bind("questions", new TextArea(getTranslation("panels.field.questions")), f -> f.questions, (f, v) -> f.questions = v);
        questions.setId("task-questions");
        questions.setHelperText(getTranslation("panels.task.questions-hint"));
        DatePicker opens = form.bind("opensOn", Pickers.date(getTranslation("panels.field.opens-on"), getLocale()), f -> f.opensOn, (f, v) -> f.opensOn = v);
        opens.setId("task-opens-on");
        IntegerField days = form.bind("days", new IntegerField(getTranslation("panels.field.task-days")), f -> f.days, (f, v) -> f.days = v);
        days.setId("task-days");
        days.setMin(1);
        days.setMax(ResidentTask.MAX_DAYS);
        form.required("title", "questions", "opensOn");
        Form bean = new Form();
        form.read(bean);
        Button create = new Button(getTranslation("panels.tasks.create"), e -> {
            ResidentTask made = FormSave.save(this, form, () -> {
                form.write(bean);
                return tasks.create(tenant(), user(), panel.getId(), bean.title, bean.questions, bean.opensOn, bean.days);
            }, "panels.saved");
            if (made != null) {
                show();
            }
        });
        create.setId("create-task");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Details details = new Details(getTranslation("panels.tasks.new"), new Div(new FormLayout(title, questions, opens, days), create));
        details.setId("new-task");
        return details;
    }
}
