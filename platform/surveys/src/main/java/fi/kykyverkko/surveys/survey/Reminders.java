package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reminds non-respondents of the region's open surveys whose reminder is due by the survey's policy: a new personal
 * link and the survey-reminder mail per invitation, the count recorded in the same transaction, so a re-run finds
 * the round done and never sends it twice.
 */
@ApplicationScoped
public class Reminders {

    public static final String ACTOR = "survey-reminders";

    @Inject
    TenantData data;

    @Inject
    Surveys surveys;

    Clock clock = Clock.systemUTC();

    /** Queues every due reminder of the region at {@code now}; returns how many. */
    @Transactional
    public int sendDue(TenantId tenant, Instant now) {
        List<Survey> open = data.call(tenant, em -> em.createQuery(
                        "SELECT s FROM Survey s WHERE s.access = :a AND s.opensAt <= :now AND s.closesAt > :now", Survey.class)
                .setParameter("a", Access.PRIVATE_LINKS).setParameter("now", now).getResultList());
        int sent = 0;
        for (Survey survey : open) {
            sent += sendDue(tenant, survey, now);
        }
        return sent;
    }

    /** The due reminders of one survey (the staff's "send reminders now" still keeps the policy's spacing and maximum). */
    @Transactional
    public int sendDue(TenantId tenant, Survey survey, Instant now) {
        ReminderPolicy policy = survey.reminders();
        List<Invitation> due = data.call(tenant, em -> em.createQuery(
                        "SELECT i FROM Invitation i WHERE i.surveyId = :s AND i.answered = FALSE AND i.remindersSent < :max", Invitation.class)
                .setParameter("s", survey.getId()).setParameter("max", policy.maxReminders())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList())
                .stream().filter(i -> i.reminderDue(policy, now)).toList();
        for (Invitation invitation : due) {
            data.run(tenant, em -> {
                Invitation managed = em.find(Invitation.class, invitation.getId());
                managed.reminded(now);
                TenantStore.write(em, ACTOR, managed);
            });
            surveys.sendLink(tenant, ACTOR, survey, invitation, "survey-reminder", now);
        }
        return due.size();
    }

    /**
     * The organiser's "send reminders now": one reminder to every non-respondent who has had fewer than the policy's
     * maximum, without waiting the policy's days, but never to anyone reminded in the last hour (a second click sends
     * nothing). Returns how many.
     */
    @Transactional
    public int remindNow(TenantId tenant, fi.kykyverkko.kernel.identity.PortalUser organiser, long surveyId) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        Survey survey = surveys.require(tenant, surveyId);
        Instant now = clock.instant();
        if (survey.getAccess() != Access.PRIVATE_LINKS || !survey.isOpenAt(now)) {
            return 0;
        }
        List<Invitation> due = data.call(tenant, em -> em.createQuery(
                        "SELECT i FROM Invitation i WHERE i.surveyId = :s AND i.answered = FALSE AND i.remindersSent < :max", Invitation.class)
                .setParameter("s", surveyId).setParameter("max", survey.reminders().maxReminders())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList())
                .stream().filter(i -> i.getLastRemindedAt() == null || i.getLastRemindedAt().isBefore(now.minus(java.time.Duration.ofHours(1)))).toList();
        for (Invitation invitation : due) {
            data.run(tenant, em -> {
                Invitation managed = em.find(Invitation.class, invitation.getId());
                managed.reminded(now);
                TenantStore.write(em, organiser.username(), managed);
            });
            surveys.sendLink(tenant, organiser.username(), survey, invitation, "survey-reminder", now);
        }
        return due.size();
    }

    public int sendDueNow(TenantId tenant) {
        return sendDue(tenant, clock.instant());
    }
}
