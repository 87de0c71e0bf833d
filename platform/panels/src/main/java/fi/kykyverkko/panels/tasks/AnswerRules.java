package fi.kykyverkko.panels.tasks;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.guard.Finding;
import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a resident's answer must be before anything is stored: the task open that day, at least one question
 * answered, each text and the nickname within their lengths, and nothing in them that tells who someone is (the
 * kernel's identity guard: identity codes, phone numbers, e-mail and street addresses, the register's names). The
 * problems' fields are {@code q<n>} and {@code nickname}; their keys say it in plain words ({@code panels.task.guard.*}).
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    public static Problems check(IdentityGuard guard, TenantId tenant, ResidentTask task, LocalDate today, Map<Integer, String> texts, String nickname) {
        Problems p = new Problems();
        ResidentTask.State state = task.stateOn(today);
        if (state != ResidentTask.State.OPEN) {
            return p.add("task", state == ResidentTask.State.CLOSED ? "panels.task.closed" : "panels.task.not-yet-open");
        }
        int questions = task.questionList().size();
        boolean any = false;
        for (Map.Entry<Integer, String> e : texts.entrySet()) {
            String text = Problems.clean(e.getValue());
            if (text == null || e.getKey() < 1 || e.getKey() > questions) {
                continue;
            }
            any = true;
            String field = "q" + e.getKey();
            if (text.length() > TaskAnswer.MAX_TEXT) {
                p.add(field, "panels.task.too-long", TaskAnswer.MAX_TEXT);
            } else {
                guarded(guard, tenant, field, text, p);
            }
        }
        if (!any) {
            p.add("q1", "panels.task.answer-required");
        }
        String nick = Problems.clean(nickname);
        if (nick != null && nick.length() > TaskAnswer.MAX_NICKNAME) {
            p.add("nickname", "panels.task.too-long", TaskAnswer.MAX_NICKNAME);
        } else if (nick != null) {
            guarded(guard, tenant, "nickname", nick, p);
        }
        return p;
    }

    private static void guarded(IdentityGuard guard, TenantId tenant, String field, String text, Problems p) {
        List<Finding> found = guard.check(tenant, text);
        found.stream().map(f -> f.kind().code()).distinct().forEach(kind -> p.add(field, "panels.task.guard." + kind));
    }
}
