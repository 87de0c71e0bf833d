package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.surveys.instruments.AnswerProblem;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.survey.Invitation;
import fi.kykyverkko.surveys.survey.Survey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Stores one answer in one transaction: the answer row, the invitation's "answered", the link's submission and, with
 * the version's first answer, the library's freeze. It commits before the caller shows "thank you".
 */
@ApplicationScoped
public class AnswerStore {

    @Inject
    TenantData data;

    @Inject
    PersonalLinks links;

    @Inject
    InstrumentLibrary library;

    Clock clock = Clock.systemUTC();

    /** Whether an answer with this submission key is stored (in either table). */
    public boolean stored(TenantId tenant, String submissionKey) {
        return data.call(tenant, em -> stored(em, submissionKey));
    }

    static boolean stored(EntityManager em, String key) {
        return !em.createQuery("SELECT r.id FROM Response r WHERE r.submissionKey = :k").setParameter("k", key).getResultList().isEmpty()
                || !em.createQuery("SELECT r.id FROM AnonymousResponse r WHERE r.submissionKey = :k").setParameter("k", key).getResultList().isEmpty();
    }

    @Transactional
    public Submission store(TenantId tenant, AnswerTarget target, String submissionKey, AnswerSet given) {
        if (!SubmissionKeys.isValid(submissionKey)) {
            throw new InvalidInputException(new Problems().add("submissionId", "respond.submission-key.invalid"));
        }
        Instant now = clock.instant();
        return data.call(tenant, em -> {
            if (stored(em, submissionKey)) {
                return Submission.ALREADY_STORED;
            }
            Survey survey = em.find(Survey.class, target.survey().getId());
            if (!survey.isOpenAt(now)) {
                throw new SurveyClosedException();
            }
            AnswerSet answers = given;
            List<AnswerProblem> problems = target.definition().check(answers);
            if (!problems.isEmpty()) {
                Problems refused = new Problems();
                problems.forEach(p -> refused.add(p.item(), p.key()));
                throw new InvalidInputException(refused);
            }
            if (target.invitationId() != null) {
                Invitation invitation = em.find(Invitation.class, target.invitationId());
                if (invitation == null || invitation.isAnswered()) {
                    throw new LinkGoneException();
                }
                invitation.markAnswered(PortalTime.date(now));
                TenantStore.write(em, "respondent", invitation);
            }
            String json = AnswerJson.write(answers);
            if (survey.isAnonymous()) {
                em.persist(new AnonymousResponse(survey.getId(), submissionKey, json, PortalTime.date(now)));
            } else {
                em.persist(new Response(survey.getId(), target.invitationId(), submissionKey, json, now));
            }
            em.flush();
            if (!frozen(em, survey)) {
                library.markAnswered(tenant, survey.getInstrumentCode(), survey.getInstrumentNumber());
            }
            if (target.invitationId() != null) {
                links.markSubmitted(tenant, target.linkId());
            }
            return Submission.STORED;
        });
    }

    private static boolean frozen(EntityManager em, Survey survey) {
        return em.createQuery("SELECT v.frozen FROM InstrumentVersion v WHERE v.code = :c AND v.number = :n", Boolean.class)
                .setParameter("c", survey.getInstrumentCode()).setParameter("n", survey.getInstrumentNumber())
                .getResultStream().findFirst().orElse(true);
    }
}
