package fi.kykyverkko.panels.tasks;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.panel.CustomerPanel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resident community tasks of a region's panels: staff make a task and hand out its open link (purpose
 * {@code panel-task}, subject {@code panel-task:<id>}); residents answer without an account ({@link #answer}, no
 * role: the link is the permission); staff read the answers and make ideas of them. Staff methods check
 * {@link PanelRoles}.
 */
@ApplicationScoped
public class ResidentTasks {

    public static final String LINK_PURPOSE = "panel-task";
    public static final String LINK_SUBJECT = "panel-task:";
    /** The link lives this long after the task closes, so its page says calmly that it has ended. */
    static final Duration AFTER_CLOSE = Duration.ofDays(90);

    @Inject
    TenantData data;

    @Inject
    fi.kykyverkko.shell.live.LiveHub live;

    @Inject
    PersonalLinks links;

    @Inject
    IdentityGuard guard;

    @Inject
    @ConfigProperty(name = "kyky.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /** A task's public link as handed out once: the full address and the short code to type. */
    public record TaskLink(String address, String shortCode) {
    }

    @Transactional
    public ResidentTask create(TenantId tenant, PortalUser staff, long panelId, String title, String questions, java.time.LocalDate opensOn,
                               Integer days) {
        PanelRoles.requireStaff(staff, tenant);
        ResidentTask task = new ResidentTask(panelId, title, questions, opensOn, days);
        return data.call(tenant, em -> {
            if (em.find(CustomerPanel.class, panelId) == null) {
                throw new IllegalArgumentException("no panel " + panelId);
            }
            return TenantStore.write(em, staff.username(), task);
        });
    }

    public List<ResidentTask> tasks(TenantId tenant, PortalUser staff, long panelId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT t FROM ResidentTask t WHERE t.panelId = :p ORDER BY t.opensOn DESC, t.id DESC",
                ResidentTask.class).setParameter("p", panelId).getResultList());
    }

    public Optional<ResidentTask> task(TenantId tenant, PortalUser staff, long taskId) {
        PanelRoles.requireStaff(staff, tenant);
        return taskOf(tenant, taskId);
    }

    /** The task behind a link (the public page, no staff user). */
    public Optional<ResidentTask> taskOf(TenantId tenant, long taskId) {
        return data.call(tenant, em -> Optional.ofNullable(em.find(ResidentTask.class, taskId)));
    }

    /** A new open link of the task, lasting until 90 days after it closes; shown once, only its hash is kept. */
    public TaskLink openLink(TenantId tenant, PortalUser staff, long taskId) {
        PanelRoles.requireStaff(staff, tenant);
        ResidentTask task = taskOf(tenant, taskId).orElseThrow(() -> new IllegalArgumentException("no task " + taskId));
        Instant until = PortalTime.startOf(task.closesOn()).plus(AFTER_CLOSE);
        Duration lifetime = Duration.between(Instant.now(), until);
        if (lifetime.compareTo(Duration.ofDays(1)) < 0) {
            lifetime = Duration.ofDays(1);
        }
        IssuedLink link = links.issue(tenant, LINK_PURPOSE, LINK_SUBJECT + taskId, lifetime, UseMode.REUSABLE_UNTIL_SUBMITTED, true, staff.username());
        return new TaskLink(portalUrl.replaceAll("/+$", "") + links.path(tenant, link.token()), link.shortCodeGrouped().orElse(null));
    }

    public boolean stored(TenantId tenant, String submission) {
        return submission != null && data.call(tenant, em -> em.createQuery("SELECT COUNT(a) FROM TaskAnswer a WHERE a.submission = :s", Long.class)
                .setParameter("s", submission).getSingleResult()) > 0;
    }

    /**
     * A resident's answer (one row per answered question): refused with plain-language problems when the task is not
     * open, nothing is answered, a text is too long or tells who someone is (nothing of a refused text is stored or
     * logged). False when this submission is stored already (a retried post).
     */
    @Transactional
    public boolean answer(TenantId tenant, long taskId, String submission, Map<Integer, String> texts, String nickname) {
        if (submission == null || !submission.matches("[A-Za-z0-9-]{16,64}")) {
            throw new InvalidInputException(new Problems().add("task", "panels.task.form-old"));
        }
        ResidentTask task = taskOf(tenant, taskId).orElseThrow(() -> new IllegalArgumentException("no task " + taskId));
        java.time.LocalDate today = PortalTime.today();
        AnswerRules.check(guard, tenant, task, today, texts, nickname).throwIfAny();
        if (stored(tenant, submission)) {
            return false;
        }
        String nick = Problems.clean(nickname);
        Map<Integer, String> ordered = new TreeMap<>(texts);
        int questions = task.questionList().size();
        data.run(tenant, em -> ordered.forEach((no, text) -> {
            String t = Problems.clean(text);
            if (t != null && no >= 1 && no <= questions) {
                em.persist(new TaskAnswer(taskId, submission, no, t, nick, today));
                // one at a time, so that the ids (the order staff read them in) follow the questions
                em.flush();
            }
        }));
        return true;
    }

    public List<TaskAnswer> answers(TenantId tenant, PortalUser staff, long taskId) {
        PanelRoles.requireStaff(staff, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT a FROM TaskAnswer a WHERE a.taskId = :t ORDER BY a.id", TaskAnswer.class)
                .setParameter("t", taskId).getResultList());
    }

    /** An idea on the task's panel board made of one or more of its answers (origin: the resident task); each answer links to it. */
    @Transactional
    public PanelIdea makeIdea(TenantId tenant, PortalUser staff, long taskId, Collection<Long> answerIds, String title, String description) {
        PanelRoles.requireStaff(staff, tenant);
        if (answerIds == null || answerIds.isEmpty()) {
            throw new InvalidInputException(new Problems().add("answers", "panels.task.choose-answers"));
        }
        return data.call(tenant, em -> {
            ResidentTask task = Optional.ofNullable(em.find(ResidentTask.class, taskId)).orElseThrow(() -> new IllegalArgumentException("no task " + taskId));
            List<TaskAnswer> chosen = answerIds.stream().map(id -> em.find(TaskAnswer.class, id)).toList();
            Problems p = new Problems();
            for (TaskAnswer a : chosen) {
                if (a == null || a.getTaskId() != taskId) {
                    throw new IllegalArgumentException("an answer not of task " + taskId);
                }
                if (a.getIdeaId() != null) {
                    p.add("answers", "panels.task.answer-has-idea");
                }
            }
            p.throwIfAny();
            PanelIdea idea = IdeaBoard.write(em, staff.username(), PanelIdea.fromTask(task.getPanelId(), taskId, title, description, PortalTime.today()));
            chosen.forEach(a -> a.usedIn(idea.getId()));
            live.publish(fi.kykyverkko.panels.panel.PanelChange.of(tenant, idea.getPanelId()), fi.kykyverkko.panels.panel.PanelChange.IDEAS.name());
            return idea;
        });
    }
}
