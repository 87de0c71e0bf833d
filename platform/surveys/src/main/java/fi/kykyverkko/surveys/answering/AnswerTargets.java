package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.survey.Invitation;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.Surveys;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** What a live link of purpose "survey" opens, read in the caller's transaction. */
final class AnswerTargets {

    /** The target and the library row of its version (for the freeze with the first answer). */
    record Found(AnswerTarget target, InstrumentVersion version) {
    }

    private AnswerTargets() {
    }

    /** Empty when the link is of another purpose, or its survey or invitation is gone or answered. */
    static Optional<Found> find(EntityManager em, LiveLink link) {
        if (!Surveys.LINK_PURPOSE.equals(link.purpose())) {
            return Optional.empty();
        }
        Optional<Long> invitationId = Surveys.invitationOf(link.subject());
        Long surveyId;
        if (invitationId.isPresent()) {
            Invitation invitation = em.find(Invitation.class, invitationId.get());
            if (invitation == null || invitation.isAnswered()) {
                return Optional.empty();
            }
            surveyId = invitation.getSurveyId();
        } else {
            surveyId = Surveys.surveyOf(link.subject()).orElse(null);
        }
        // (one query joining the invitation, survey and version is refused by EclipseLink with table-per-tenant
        // descriptors: "Invalid query key [id]"; these are three lookups by key)
        Survey survey = surveyId == null ? null : em.find(Survey.class, surveyId);
        if (survey == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT v FROM InstrumentVersion v WHERE v.code = :c AND v.number = :n", InstrumentVersion.class)
                .setParameter("c", survey.getInstrumentCode()).setParameter("n", survey.getInstrumentNumber())
                .getResultStream().findFirst().map(v -> found(survey, invitationId.orElse(null), link, v));
    }

    private static Found found(Survey survey, Long invitationId, LiveLink link, InstrumentVersion version) {
        return new Found(new AnswerTarget(survey, invitationId, link.id(), version.definition()), version);
    }
}
