package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.survey.Invitation;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.Surveys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Answering through a personal link, for the respondent page and the public API. A submission is idempotent by
 * its key: a double submit or a retry (even after the link was spent by the first one) answers
 * {@link Submission#ALREADY_STORED} and stores nothing more; two tries racing each other store one answer.
 */
@ApplicationScoped
public class SurveyAnswers {

    private static final Logger LOG = Logger.getLogger(SurveyAnswers.class.getName());

    @Inject
    TenantData data;

    @Inject
    AnswerStore store;

    @Inject
    PersonalLinks links;

    /** What a live link of purpose "survey" opens; empty when the survey or invitation is gone or answered. */
    public Optional<AnswerTarget> target(TenantId tenant, LiveLink link) {
        return data.call(tenant, em -> AnswerTargets.find(em, link).map(AnswerTargets.Found::target));
    }

    public boolean stored(TenantId tenant, String submissionKey) {
        return SubmissionKeys.isValid(submissionKey) && store.stored(tenant, submissionKey);
    }

    /** Stores the answers (committed when this returns); throws InvalidInputException, SurveyClosedException or LinkGoneException. */
    public Submission submit(TenantId tenant, AnswerTarget target, String submissionKey, AnswerSet answers) {
        return tried(tenant, submissionKey, () -> store.store(tenant, target, submissionKey, answers));
    }

    /** Each try is a transaction of its own; a try refused by a conflict is made again (see {@link #afterConflict}). */
    private Submission tried(TenantId tenant, String submissionKey, java.util.function.Supplier<Submission> oneTry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return oneTry.get();
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                afterConflict(tenant, submissionKey, e, attempt);
            } catch (RuntimeException e) {
                if (e.getCause() instanceof RollbackException || e.getCause() instanceof PersistenceException) {
                    afterConflict(tenant, submissionKey, e, attempt);
                } else {
                    throw e;
                }
            }
            if (store.stored(tenant, submissionKey)) {
                return Submission.ALREADY_STORED;
            }
        }
    }

    /** How many times a try refused by a conflict is made again (the store checks everything again each time). */
    static final int CONFLICT_ATTEMPTS = 3;

    /**
     * A unique key or a row's lock refused a try. Either a racing try of the same submission stored it, or the
     * invitation is answered (the next try finds that and says the link is gone), or another respondent's first answer
     * froze the library version at the same moment (answers of different people to one new version race on that row):
     * then the next try stores this one. Returns to try again; throws when the attempts are used up.
     */
    private void afterConflict(TenantId tenant, String submissionKey, RuntimeException e, int attempt) {
        if (attempt >= CONFLICT_ATTEMPTS && !store.stored(tenant, submissionKey)) {
            LOG.info(() -> "A submission in " + tenant + " was refused by a conflict " + attempt + " times: " + e.getClass().getSimpleName());
            throw new LinkGoneException();
        }
    }

    /**
     * The API's way, by token: the link, its target and the answer in one transaction. A retry of a stored
     * submission (the link spent by the first try) answers {@link Submission#ALREADY_STORED}.
     */
    public Submission submitByToken(TenantId tenant, String token, String addressKey, String submissionKey, AnswerSet answers) {
        return tried(tenant, submissionKey, () -> store.storeByToken(tenant, token, addressKey, submissionKey, answers));
    }
}
