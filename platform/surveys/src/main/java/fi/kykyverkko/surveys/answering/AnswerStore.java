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
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.survey.Invitation;
import fi.kykyverkko.surveys.survey.Survey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** Stores the answers to a target found earlier (the respondent page), in one transaction. */
    @Transactional
    public Submission store(TenantId tenant, AnswerTarget target, String submissionKey, AnswerSet given) {
        requireKey(submissionKey);
        Instant now = clock.instant();
        return data.call(tenant, em -> storeIn(em, tenant, target, null, submissionKey, given, now));
    }

    /**
     * The public API's way, all in one transaction: the link by its token (a wrong one counts against the address),
     * what it opens, and the answer. A retry of a stored submission finds the link spent and answers
     * {@link Submission#ALREADY_STORED} (not counted as a wrong guess); only then is the key looked up.
     */
    @Transactional
    public Submission storeByToken(TenantId tenant, String token, String addressKey, String submissionKey, AnswerSet given) {
        requireKey(submissionKey);
        Instant now = clock.instant();
        return data.call(tenant, em -> {
            boolean[] retried = {false};
            Optional<AnswerTargets.Found> found = links.resolve(tenant, token, addressKey, () -> retried[0] = stored(em, submissionKey))
                    .flatMap(link -> AnswerTargets.find(em, link));
            if (found.isEmpty()) {
                if (retried[0] || stored(em, submissionKey)) {
                    return Submission.ALREADY_STORED;
                }
                throw new LinkGoneException();
            }
            return storeIn(em, tenant, found.get().target(), found.get().version(), submissionKey, given, now);
        });
    }

    private static void requireKey(String submissionKey) {
        if (!SubmissionKeys.isValid(submissionKey)) {
            throw new InvalidInputException(new Problems().add("submissionId", "respond.submission-key.invalid"));
        }
    }

    /**
     * The answer row, the invitation's "answered", the link's submission and, with the version's first answer, its
     * freeze. An invitation's answer needs no key lookup first: a retry finds the invitation answered (then the key
     * says whether it was this submission), and two racing tries meet the unique keys and the invitation's version.
     * {@code version} is the target's library row when this transaction read it already, else null.
     */
    private Submission storeIn(EntityManager em, TenantId tenant, AnswerTarget target, InstrumentVersion version,
                               String submissionKey, AnswerSet answers, Instant now) {
        if (target.invitationId() == null && stored(em, submissionKey)) {
            return Submission.ALREADY_STORED;
        }
        Survey survey = em.find(Survey.class, target.survey().getId());
        if (!survey.isOpenAt(now)) {
            throw new SurveyClosedException();
        }
        List<AnswerProblem> problems = target.definition().check(answers);
        if (!problems.isEmpty()) {
            Problems refused = new Problems();
            problems.forEach(p -> refused.add(p.item(), p.key()));
            throw new InvalidInputException(refused);
        }
        if (target.invitationId() != null) {
            Invitation invitation = em.find(Invitation.class, target.invitationId());
            if (invitation == null || invitation.isAnswered()) {
                if (stored(em, submissionKey)) {
                    return Submission.ALREADY_STORED;
                }
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
        boolean frozen = version != null ? version.isFrozen() : frozen(em, survey);
        if (!frozen) {
            library.markAnswered(tenant, survey.getInstrumentCode(), survey.getInstrumentNumber());
        }
        if (target.invitationId() != null) {
            links.markSubmitted(tenant, target.linkId());
        }
        return Submission.STORED;
    }

    private static boolean frozen(EntityManager em, Survey survey) {
        return em.createQuery("SELECT v.frozen FROM InstrumentVersion v WHERE v.code = :c AND v.number = :n", Boolean.class)
                .setParameter("c", survey.getInstrumentCode()).setParameter("n", survey.getInstrumentNumber())
                .getResultStream().findFirst().orElse(true);
    }
}
