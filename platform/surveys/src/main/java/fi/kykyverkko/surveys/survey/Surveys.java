package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.mail.Mail;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Surveys of a region: made from the latest version of an instrument in its library, people invited once each
 * with a personal link of their own (purpose {@value #LINK_PURPOSE}, subject {@code invitation:<id>}) mailed
 * through the kernel's outbox, or one open link ({@code survey:<id>}). Organisers only ({@link SurveyRoles}).
 */
@ApplicationScoped
public class Surveys {

    public static final String LINK_PURPOSE = "survey";
    static final String INVITATION_SUBJECT = "invitation:";
    static final String SURVEY_SUBJECT = "survey:";

    @Inject
    TenantData data;

    @Inject
    InstrumentLibrary library;

    @Inject
    PersonalLinks links;

    @Inject
    Mail mail;

    @Inject
    TenantRegistry registry;

    @Inject
    @ConfigProperty(name = "kyky.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    Clock clock = Clock.systemUTC();

    public Survey create(TenantId tenant, PortalUser organiser, SurveyDraft draft) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        Problems problems = new Problems();
        Optional<InstrumentVersion> version = draft.instrumentCode() == null ? Optional.empty()
                : library.latest(tenant, organiser, draft.instrumentCode());
        if (version.isEmpty()) {
            problems.add("instrument", "survey.instrument.unknown");
        }
        Survey survey = new Survey(draft.title() == null ? null : draft.title().strip(), draft.instrumentCode(),
                version.map(InstrumentVersion::getNumber).orElse(0), draft.audience(),
                draft.access() == null ? Access.PRIVATE_LINKS : draft.access(), draft.anonymous(), organiser.username(), clock.instant());
        problems.attempt(() -> survey.schedule(draft.opensAt(), draft.closesAt()));
        if (draft.reminders() != null) {
            survey.setReminders(draft.reminders());
        }
        if (draft.minCount() != null) {
            problems.attempt(() -> survey.setMinCount(draft.minCount()));
        }
        problems.withRulesOf(survey).throwIfAny();
        return data.call(tenant, em -> TenantStore.write(em, organiser.username(), survey));
    }

    public List<Survey> list(TenantId tenant, PortalUser organiser) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT s FROM Survey s ORDER BY s.opensAt DESC, s.id DESC", Survey.class).getResultList());
    }

    public Optional<Survey> find(TenantId tenant, PortalUser organiser, long id) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(Survey.class, id)));
    }

    public List<Invitation> invitations(TenantId tenant, PortalUser organiser, long surveyId) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT i FROM Invitation i WHERE i.surveyId = :s ORDER BY i.recipientKey", Invitation.class)
                .setParameter("s", surveyId).getResultList());
    }

    /**
     * Invites each address once (compared trimmed and in lower case, also against earlier invitations), issues each
     * its personal link and queues the invitation mail in {@code language}: all in one transaction, so a failure
     * leaves neither invitations without mail nor mail without invitations.
     */
    @Transactional
    public InviteReport invite(TenantId tenant, PortalUser organiser, long surveyId, List<String> addresses, String language) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        Survey survey = require(tenant, surveyId);
        if (survey.getAccess() != Access.PRIVATE_LINKS) {
            throw new InvalidInputException(new Problems().add("access", "survey.invite.open-link"));
        }
        Instant now = clock.instant();
        if (!now.isBefore(survey.getClosesAt())) {
            throw new InvalidInputException(new Problems().add("window", "respond.closed"));
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> already = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int invited = 0;
        for (String address : addresses) {
            if (address == null || address.isBlank()) {
                continue;
            }
            String key = Invitation.recipientKey(address);
            if (!seen.add(key)) {
                continue;
            }
            if (!new Problems().email("email", address.strip()).isEmpty()) {
                refused.add(address.strip());
                continue;
            }
            if (invitedAlready(tenant, surveyId, key)) {
                already.add(address.strip());
                continue;
            }
            Invitation invitation = data.call(tenant, em -> TenantStore.write(em, organiser.username(),
                    new Invitation(surveyId, address, language, now)));
            sendLink(tenant, organiser.username(), survey, invitation, "survey-invitation", now);
            invited++;
        }
        return new InviteReport(invited, already, refused);
    }

    private boolean invitedAlready(TenantId tenant, long surveyId, String key) {
        return data.call(tenant, em -> !em.createQuery("SELECT i.id FROM Invitation i WHERE i.surveyId = :s AND i.recipientKey = :k")
                .setParameter("s", surveyId).setParameter("k", key).getResultList().isEmpty());
    }

    /**
     * Issues a fresh personal link for {@code invitation} and queues {@code template} with it (the token exists only in
     * the mail: a reminder therefore carries a new link; the earlier ones stay valid until the invitation is answered).
     */
    void sendLink(TenantId tenant, String actor, Survey survey, Invitation invitation, String template, Instant now) {
        IssuedLink link = links.issue(tenant, LINK_PURPOSE, INVITATION_SUBJECT + invitation.getId(), survey.linkLifetime(now),
                UseMode.REUSABLE_UNTIL_SUBMITTED, false, actor);
        data.run(tenant, em -> {
            Invitation managed = em.find(Invitation.class, invitation.getId());
            managed.linkTo(link.id());
            TenantStore.write(em, actor, managed);
        });
        Locale locale = Locale.forLanguageTag(invitation.getLanguage());
        String url = address(tenant, link.token());
        String until = PortalTime.dateTime(survey.getClosesAt(), locale);
        String region = registry.require(tenant).names().in(locale);
        String name = invitation.getEmail().substring(0, invitation.getEmail().indexOf('@'));
        mail.sendFor(actor, tenant, invitation.getEmail(), template, invitation.getLanguage(), name, survey.getTitle(), region, url, until);
    }

    /** The full address of a link's page ({@code kyky.portal.url}), as mails and QR codes carry it. */
    public String address(TenantId tenant, String token) {
        return portalUrl.replaceAll("/+$", "") + links.path(tenant, token);
    }

    /** The survey's one open link (anyone with it may answer, any number of times); a new call gives a new link. */
    public IssuedLink openLink(TenantId tenant, PortalUser organiser, long surveyId) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        Survey survey = require(tenant, surveyId);
        if (survey.getAccess() != Access.OPEN_LINK) {
            throw new InvalidInputException(new Problems().add("access", "survey.open-link.private"));
        }
        return links.issue(tenant, LINK_PURPOSE, SURVEY_SUBJECT + surveyId, survey.linkLifetime(clock.instant()),
                UseMode.REUSABLE_UNTIL_SUBMITTED, true, organiser.username());
    }

    /** The live response rate: answers over invitations (private links), or the count of answers (open link). */
    public ResponseRate rate(TenantId tenant, PortalUser organiser, long surveyId) {
        SurveyRoles.requireOrganiser(organiser, tenant);
        Survey survey = require(tenant, surveyId);
        return data.call(tenant, em -> {
            if (survey.getAccess() == Access.PRIVATE_LINKS) {
                Object[] row = (Object[]) em.createQuery("SELECT COUNT(i), SUM(CASE WHEN i.answered = TRUE THEN 1 ELSE 0 END) FROM Invitation i WHERE i.surveyId = :s")
                        .setParameter("s", surveyId).getSingleResult();
                return new ResponseRate(row[1] == null ? 0 : ((Number) row[1]).longValue(), ((Number) row[0]).longValue());
            }
            String entity = survey.isAnonymous() ? "AnonymousResponse" : "Response";
            long count = em.createQuery("SELECT COUNT(r) FROM " + entity + " r WHERE r.surveyId = :s", Long.class)
                    .setParameter("s", surveyId).getSingleResult();
            return new ResponseRate(count, null);
        });
    }

    public Survey require(TenantId tenant, long surveyId) {
        return data.call(tenant, em -> Optional.ofNullable(em.find(Survey.class, surveyId)))
                .orElseThrow(() -> new java.util.NoSuchElementException("no survey " + surveyId + " in " + tenant));
    }

    /** The survey or invitation a link of purpose {@value #LINK_PURPOSE} names. */
    public static Optional<Long> invitationOf(String subject) {
        return idAfter(subject, INVITATION_SUBJECT);
    }

    public static Optional<Long> surveyOf(String subject) {
        return idAfter(subject, SURVEY_SUBJECT);
    }

    private static Optional<Long> idAfter(String subject, String prefix) {
        if (subject == null || !subject.startsWith(prefix) || !subject.substring(prefix.length()).matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(subject.substring(prefix.length())));
    }
}
